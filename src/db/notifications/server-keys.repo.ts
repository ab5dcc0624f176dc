import { createECDH } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';

/** The VAPID key pair, both base64url as web-push uses them: the raw 32-byte private scalar and the 65-byte uncompressed public point. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const VAPID = 'vapid';

/**
 * Generated on the first call and kept in the database, so every server on one PostgreSQL signs
 * with the same key and a restart keeps it; two servers racing on first start agree on one. A new
 * key would silently orphan every browser's subscription (they are bound to the key they were made
 * with), so the stored one always wins: the insert does nothing when a row is there, and what is
 * returned is read back from the table, never the pair this call happened to make.
 */
export async function loadVapidKeys(db: Kysely<DB>): Promise<VapidKeys> {
  const stored = await readVapid(db);
  if (stored) return stored;
  await db
    .insertInto('server_keys')
    .values({ name: VAPID, value: JSON.stringify(generateVapidKeys()), created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const kept = await readVapid(db);
  if (!kept) throw new Error('The VAPID keys were stored but cannot be read back');
  return kept;
}

async function readVapid(db: Kysely<DB>): Promise<VapidKeys | null> {
  const row = await db.selectFrom('server_keys').select('value').where('name', '=', VAPID).executeTakeFirst();
  if (!row) return null;
  const keys = JSON.parse(row.value) as Partial<VapidKeys>;
  if (typeof keys.publicKey !== 'string' || typeof keys.privateKey !== 'string')
    throw new Error('The stored VAPID keys are not a key pair; Steady will not replace them on its own');
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}

/** A P-256 pair, the same shape as web-push's generateVAPIDKeys (which this file does not need to import). */
function generateVapidKeys(): VapidKeys {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  // getPrivateKey may drop leading zero bytes; VAPID wants the full 32.
  const privateKey = ecdh.getPrivateKey();
  const padded = Buffer.concat([Buffer.alloc(32 - privateKey.length), privateKey]);
  return { publicKey: ecdh.getPublicKey().toString('base64url'), privateKey: padded.toString('base64url') };
}
