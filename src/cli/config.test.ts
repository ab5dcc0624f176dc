import { describe, expect, it } from 'vitest';
import { trustedProxies } from './config.js';

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
