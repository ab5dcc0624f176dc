import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Authenticator secrets must be readable by the server (it computes the codes), so they cannot be
 * hashed. With a server key (STEADY_SECRET_KEY) they are sealed with AES-256-GCM, so a copy of the
 * database alone does not give them away; without one they are stored as they are and the
 * settings screen says so. The prefix tells the two apart, so a key can be added later.
 */
const SEALED = 'v1.';
const PLAIN = 'plain.';

export function parseSecretKey(value: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error('STEADY_SECRET_KEY must be 32 bytes, as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)');
  return key;
}

export function seal(secret: string, key: Buffer | null, context: string): string {
  if (!key) return PLAIN + secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The owner's id as associated data: a sealed secret copied onto another row does not open.
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return SEALED + [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(stored: string, key: Buffer | null, context: string): string {
  if (stored.startsWith(PLAIN)) return stored.slice(PLAIN.length);
  if (!stored.startsWith(SEALED) || !key) throw new Error('This secret was sealed with a server key that is not configured');
  const [iv, tag, body] = stored
    .slice(SEALED.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv!);
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
}
