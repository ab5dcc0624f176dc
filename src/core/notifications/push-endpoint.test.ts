import { createECDH, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addressProblem, pushEndpointProblem, pushKeysProblem } from './push-endpoint.js';

describe('which push endpoints Steady sends to', () => {
  it('accepts the push services browsers really use', () => {
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/dGVzdA:APA91bHxyz-abc_123',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAAAABlZm9vYmFy',
      'https://web.push.apple.com/QGuQyavXutnMH2JmhqdrkDR3Ebb0aFwmR2lkcQ',
      'https://wns2-by3p.notify.windows.com/w/?token=AwYAAAB',
      'https://fcm.googleapis.com:443/fcm/send/abc',
      'https://8.8.8.8/push',
      'https://[2606:4700:4700::1111]/push',
    ])
      expect(pushEndpointProblem(endpoint, false), endpoint).toBeNull();
  });

  it('refuses plain http, other ports, credentials and what is not a URL', () => {
    expect(pushEndpointProblem('http://fcm.googleapis.com/fcm/send/abc', false)).toMatch(/https/);
    expect(pushEndpointProblem('ftp://fcm.googleapis.com/abc', false)).toMatch(/https/);
    expect(pushEndpointProblem('https://fcm.googleapis.com:8443/fcm/send/abc', false)).toMatch(/port/);
    expect(pushEndpointProblem('https://user:pass@fcm.googleapis.com/fcm/send/abc', false)).toMatch(/password/);
    expect(pushEndpointProblem('https://user@fcm.googleapis.com/fcm/send/abc', false)).toMatch(/password/);
    expect(pushEndpointProblem('not a url', false)).not.toBeNull();
    expect(pushEndpointProblem('', false)).not.toBeNull();
  });

  it('refuses names that only mean a machine nearby', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      'localhost.',
      'app.localhost',
      'printer.local',
      'metadata.google.internal',
      'nas.home.arpa',
      'router',
    ])
      expect(pushEndpointProblem(`https://${host}/push`, false), host).not.toBeNull();
  });

  it('refuses IPv4 literals in loopback, private, link-local, CGNAT, multicast and unspecified ranges, however spelled', () => {
    for (const host of [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '10.255.255.255',
      '172.16.0.1',
      '172.31.255.254',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '100.127.255.255',
      '224.0.0.1',
      '239.255.255.250',
      '255.255.255.255',
      '0.0.0.0',
      '0x7f.1', // the URL parser reads these as 127.0.0.1
      '2130706433',
      '0177.0.0.1',
    ])
      expect(pushEndpointProblem(`https://${host}/push`, false), host).not.toBeNull();
    // Next door to the refused ranges: public.
    for (const host of ['172.32.0.1', '100.128.0.1', '11.0.0.1', '192.169.0.1', '169.255.0.1'])
      expect(pushEndpointProblem(`https://${host}/push`, false), host).toBeNull();
  });

  it('refuses IPv6 literals in the same ranges, and mapped or embedded IPv4 ones that are', () => {
    for (const host of [
      '[::1]',
      '[::]',
      '[fc00::]',
      '[fd12:3456::1]',
      '[fe80::1]',
      '[ff02::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:10.1.2.3]',
      '[::ffff:7f00:1]',
      '[0:0:0:0:0:ffff:c0a8:0101]',
      '[::127.0.0.1]',
      '[64:ff9b::10.0.0.1]',
      '[2002:c0a8:0101::1]', // 6to4 around 192.168.1.1
      '[2001:db8::1]',
    ])
      expect(pushEndpointProblem(`https://${host}/push`, false), host).not.toBeNull();
    expect(pushEndpointProblem('https://[::ffff:8.8.8.8]/push', false)).toBeNull();
    expect(pushEndpointProblem('https://[2002:0808:0808::1]/push', false)).toBeNull();
  });

  it('lets end-to-end tests reach their own push service on this machine, and nothing else nearby', () => {
    expect(pushEndpointProblem('http://127.0.0.1:41234/push/abc', true)).toBeNull();
    expect(pushEndpointProblem('http://localhost:41234/push/abc', true)).toBeNull();
    expect(pushEndpointProblem('http://127.0.0.1:41234/push/abc', false)).not.toBeNull();
    expect(pushEndpointProblem('http://10.0.0.1/push', true)).not.toBeNull();
    expect(pushEndpointProblem('https://192.168.1.1/push', true)).not.toBeNull();
    expect(pushEndpointProblem('http://fcm.googleapis.com/fcm/send/abc', true)).not.toBeNull();
    expect(pushEndpointProblem('http://user:pw@127.0.0.1:41234/push', true)).not.toBeNull();
  });
});

describe('resolved addresses', () => {
  it('uses the same rule for what a name resolves to', () => {
    expect(addressProblem('142.250.74.110', false)).toBeNull();
    expect(addressProblem('2a00:1450:4001:82b::200a', false)).toBeNull();
    expect(addressProblem('10.0.0.7', false)).not.toBeNull();
    expect(addressProblem('::ffff:192.168.0.3', false)).not.toBeNull();
    expect(addressProblem('fe80::1%eth0', false)).not.toBeNull();
    expect(addressProblem('127.0.0.1', false)).not.toBeNull();
    expect(addressProblem('127.0.0.1', true)).toBeNull();
    expect(addressProblem('::1', true)).toBeNull();
    expect(addressProblem('nonsense', false)).not.toBeNull();
    expect(addressProblem('1:2:3:4:5:6:7:8:9', false)).not.toBeNull();
    expect(addressProblem('1::2::3', false)).not.toBeNull();
  });
});

describe('a subscription’s keys', () => {
  it('accepts the keys a browser makes and refuses others, naming the field', () => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const p256dh = ecdh.getPublicKey().toString('base64url');
    const auth = randomBytes(16).toString('base64url');
    expect(pushKeysProblem(p256dh, auth)).toBeNull();
    expect(pushKeysProblem(`${p256dh}=`, `${auth}==`)).toBeNull();
    expect(pushKeysProblem(ecdh.getPublicKey(undefined, 'compressed').toString('base64url'), auth)?.field).toBe('p256dh');
    expect(pushKeysProblem('not+base64/url', auth)?.field).toBe('p256dh');
    expect(pushKeysProblem(p256dh, randomBytes(8).toString('base64url'))?.field).toBe('auth');
    expect(pushKeysProblem(p256dh, 'a!b')?.field).toBe('auth');
  });
});
