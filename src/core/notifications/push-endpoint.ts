/**
 * Where Steady agrees to send a push message. The endpoint comes from a browser, so from anyone who
 * can sign up: without these checks a made-up "subscription" would have the server POST to its own
 * network (a router, a cloud metadata address, a database port) on every reminder. Real push
 * services (FCM, Mozilla's autopush, Apple's) are public https hosts on the default port, so
 * everything else is refused. Pure: the URL's words only, no DNS (the sender checks the addresses a
 * name resolves to with `addressProblem`, which is the same rule for a resolved address).
 */

/** Names that only ever mean a machine nearby, never a public push service. */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan'];

/** null when Steady may send to this endpoint; otherwise a short English reason (for a 400 on `endpoint`). */
export function pushEndpointProblem(endpoint: string, allowLocal: boolean): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'Use the push service address the browser gave';
  }
  if (url.username || url.password) return 'A push service address carries no user name or password';
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  // End-to-end tests run their own push service on this machine, over plain http on a free port.
  if (allowLocal && (host === 'localhost' || host === '127.0.0.1')) {
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'A push service address starts with https://';
  }
  if (url.protocol !== 'https:') return 'A push service address starts with https://';
  if (url.port !== '') return 'A push service answers on the usual https port';
  return hostProblem(host, allowLocal);
}

/** The rule for one host name or IP literal (brackets allowed around IPv6), as in the URL. */
function hostProblem(host: string, allowLocal: boolean): string | null {
  if (host.startsWith('[')) return addressProblem(host.slice(1, -1), allowLocal);
  if (parseIpv4(host) !== null) return addressProblem(host, allowLocal);
  if (host === 'localhost' || LOCAL_SUFFIXES.some((s) => host.endsWith(s))) return LOCAL;
  // A name with no dot reaches only a machine on the local network's own search domain.
  if (!host.includes('.')) return LOCAL;
  return null;
}

const LOCAL = 'Push messages go to a public push service, not to an address on a private network';

/**
 * null when an IP address (v4 dotted, or v6 without brackets) is a public one Steady may reach.
 * allowLocal lets the loopback address through, for the end-to-end tests' own push service.
 */
export function addressProblem(address: string, allowLocal: boolean): string | null {
  const v4 = parseIpv4(address);
  if (v4 !== null) return allowLocal && v4 === IPV4_LOOPBACK ? null : ipv4Refused(v4) ? LOCAL : null;
  const v6 = parseIpv6(address.toLowerCase());
  if (v6 === null) return 'Use the push service address the browser gave';
  if (allowLocal && v6 === 1n) return null;
  return ipv6Refused(v6) ? LOCAL : null;
}

const IPV4_LOOPBACK = 0x7f000001;

/** [first address, prefix length]: loopback, private, link-local, CGNAT, multicast, unspecified and other special ranges. */
const IPV4_REFUSED: ReadonlyArray<readonly [number, number]> = [
  [0x00000000, 8], // "this network", 0.0.0.0
  [0x0a000000, 8], // 10/8 private
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // 127/8 loopback
  [0xa9fe0000, 16], // 169.254/16 link-local (cloud metadata lives here)
  [0xac100000, 12], // 172.16/12 private
  [0xc0000000, 24], // 192.0.0/24 protocol assignments
  [0xc0000200, 24], // 192.0.2/24 documentation
  [0xc0a80000, 16], // 192.168/16 private
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xc6336400, 24], // 198.51.100/24 documentation
  [0xcb007100, 24], // 203.0.113/24 documentation
  [0xe0000000, 4], // 224/4 multicast
  [0xf0000000, 4], // 240/4 reserved, and the broadcast address
];

function ipv4Refused(ip: number): boolean {
  return IPV4_REFUSED.some(([base, bits]) => ip >>> (32 - bits) === base >>> (32 - bits));
}

/** [first address, prefix length] of IPv6 ranges that are never a public push service. */
const IPV6_REFUSED: ReadonlyArray<readonly [bigint, number]> = [
  [0n, 128], // :: unspecified
  [1n, 128], // ::1 loopback
  [0x0100n << 112n, 64], // 100::/64 discard
  [0x20010db8n << 96n, 32], // 2001:db8::/32 documentation
  [0xfc00n << 112n, 7], // fc00::/7 unique local
  [0xfe80n << 112n, 10], // fe80::/10 link-local
  [0xfec0n << 112n, 10], // fec0::/10 old site-local
  [0xff00n << 112n, 8], // ff00::/8 multicast
];

const MASK_32 = 0xffffffffn;

function inRange(ip: bigint, base: bigint, bits: number): boolean {
  const shift = BigInt(128 - bits);
  return ip >> shift === base >> shift;
}

function ipv6Refused(ip: bigint): boolean {
  if (IPV6_REFUSED.some(([base, bits]) => inRange(ip, base, bits))) return true;
  // Forms that carry an IPv4 address inside: the IPv4 address decides (::ffff:127.0.0.1 is loopback).
  const low32 = Number(ip & MASK_32);
  if (inRange(ip, 0xffffn << 32n, 96)) return ipv4Refused(low32); // ::ffff:0:0/96 mapped
  if (inRange(ip, 0n, 96)) return true; // ::/96 the old "compatible" form, never used by a real host
  if (inRange(ip, 0x0064ff9bn << 96n, 96)) return ipv4Refused(low32); // 64:ff9b::/96 NAT64
  if (inRange(ip, 0x0064ff9b0001n << 80n, 48)) return true; // 64:ff9b:1::/48 local NAT64
  if (inRange(ip, 0x2002n << 112n, 16)) return ipv4Refused(Number((ip >> 80n) & MASK_32)); // 2002::/16 6to4
  return false;
}

/** "a.b.c.d" with each part 0–255 (the URL parser has already normalised other spellings), else null. */
function parseIpv4(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** An IPv6 address as a 128-bit number (with "::" and a dotted IPv4 tail), else null. */
function parseIpv6(s: string): bigint | null {
  let text = s.split('%')[0] ?? '';
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    // "::ffff:127.0.0.1" → "::ffff:7f00:1"
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string | undefined) => (h ? h.split(':') : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  let n = 0n;
  for (const g of [...head, ...Array<string>(8 - given).fill('0'), ...rest]) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Bytes in an unpadded base64url text, or null when it is not one. */
function base64urlBytes(text: string): number | null {
  const bare = text.replace(/={1,2}$/, '');
  if (!BASE64URL.test(bare) || bare.length % 4 === 1) return null;
  return Math.floor((bare.length * 3) / 4);
}

/**
 * null when a subscription's keys have the shape RFC 8291 needs: p256dh an uncompressed P-256 point
 * (65 bytes, 0x04 first, which base64url writes as "B"), auth a 16-byte secret. Otherwise the field
 * and a short English reason, so a bad subscription is a 400 rather than a push that can never be
 * encrypted.
 */
export function pushKeysProblem(p256dh: string, auth: string): { field: 'p256dh' | 'auth'; reason: string } | null {
  if (base64urlBytes(p256dh) !== 65 || !p256dh.startsWith('B'))
    return { field: 'p256dh', reason: 'Use the p256dh key the browser gave (a P-256 public key, base64url)' };
  if (base64urlBytes(auth) !== 16) return { field: 'auth', reason: 'Use the auth secret the browser gave (16 bytes, base64url)' };
  return null;
}
