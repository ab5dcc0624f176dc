/**
 * The one call of `http_ece` (web-push's own encryption library) the tests use, to decrypt a push
 * message as a browser would. The package ships no types.
 */
declare module 'http_ece' {
  import type { ECDH } from 'node:crypto';
  export function decrypt(
    buffer: Buffer,
    params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: string | Buffer; rs?: number },
  ): Buffer;
}
