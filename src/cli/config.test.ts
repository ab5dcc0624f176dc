import { describe, expect, it } from 'vitest';
import { loadConfig, trustedProxies } from './config.js';

describe('TRUST_PROXY', () => {
  it('believes no forwarded header unless told which proxies to believe', () => {
    expect(trustedProxies(undefined)).toBe(false);
    expect(trustedProxies('0')).toBe(false);
    expect(trustedProxies('false')).toBe(false);
  });

  it('keeps `1` working for one proxy on this machine, and takes addresses, ranges or a hop count', () => {
    expect(trustedProxies('1')).toEqual(['127.0.0.1', '::1']);
    expect(trustedProxies('true')).toEqual(['127.0.0.1', '::1']);
    expect(trustedProxies('10.0.0.5, 10.1.0.0/16,fd00::1')).toEqual(['10.0.0.5', '10.1.0.0/16', 'fd00::1']);
    expect(trustedProxies('hops=2')).toBe(2);
  });

  it('refuses what it cannot read rather than trusting everyone', () => {
    expect(() => trustedProxies('yes please')).toThrow(/TRUST_PROXY/);
    expect(() => trustedProxies('hops=0')).toThrow(/TRUST_PROXY/);
    expect(() => trustedProxies('10.0.0.1,,')).toThrow(/TRUST_PROXY/);
  });
});

describe('SMTP_URL', () => {
  it('is off unless set, and takes MAIL_FROM beside it', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(
      loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465', PUBLIC_URL: 'https://s.example.org', MAIL_FROM: 'S <s@example.org>' })
        .mail,
    ).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.org:465',
      from: 'S <s@example.org>',
    });
  });

  it('needs PUBLIC_URL, so a reset link never points where a request’s Host header says', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.org' })).toThrow(/PUBLIC_URL/);
  });

  it('refuses an address that is not SMTP', () => {
    expect(() => loadConfig({ SMTP_URL: 'https://mail.example.org', PUBLIC_URL: 'https://s.example.org' })).toThrow(/SMTP_URL/);
  });
});

describe('QUICK_EXIT_URL', () => {
  it('is the local plain page unless set, and takes a full http(s) address', () => {
    expect(loadConfig({}).quickExitUrl).toBeUndefined();
    expect(loadConfig({ QUICK_EXIT_URL: ' https://weather.example.org/today ' }).quickExitUrl).toBe('https://weather.example.org/today');
  });

  it('refuses anything that is not an http(s) address', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', '/houseplants.html', 'weather.example.org', 'ftp://x.example.org/']) {
      expect(() => loadConfig({ QUICK_EXIT_URL: bad }), bad).toThrow(/QUICK_EXIT_URL/);
    }
  });
});

describe('PUSH_ALLOW_LOCAL and NOTIFY_TICK_MS', () => {
  it('allows push to this machine only for tests, never in production', () => {
    expect(loadConfig({}).pushAllowLocal).toBe(false);
    expect(loadConfig({ PUSH_ALLOW_LOCAL: '1' }).pushAllowLocal).toBe(true);
    expect(loadConfig({ STEADY_TEST_CLOCK: '1' }).pushAllowLocal).toBe(true);
    expect(() => loadConfig({ PUSH_ALLOW_LOCAL: '1', NODE_ENV: 'production' })).toThrow(/PUSH_ALLOW_LOCAL/);
  });

  it('ticks every five seconds unless told otherwise, and refuses a tick too short to be sensible', () => {
    expect(loadConfig({}).notifyTickMs).toBe(5000);
    expect(loadConfig({ NOTIFY_TICK_MS: '250' }).notifyTickMs).toBe(250);
    expect(() => loadConfig({ NOTIFY_TICK_MS: '5' })).toThrow(/NOTIFY_TICK_MS/);
    expect(() => loadConfig({ NOTIFY_TICK_MS: 'soon' })).toThrow(/NOTIFY_TICK_MS/);
  });
});
