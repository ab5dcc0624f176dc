import type { Executor } from '../database.js';

export interface PasskeyRow {
  id: string;
  credentialId: string;
  userId: string;
  publicKey: string;
  counter: number;
  transports: string[];
  name: string;
  backedUp: boolean;
  createdAt: string;
  lastUsedAt: string | null;
}

type Raw = {
  id: string;
  credential_id: string;
  user_id: string;
  public_key: string;
  counter: string;
  transports: string;
  name: string;
  backed_up: number;
  created_at: string;
  last_used_at: string | null;
};

const COLUMNS = [
  'id',
  'credential_id',
  'user_id',
  'public_key',
  'counter',
  'transports',
  'name',
  'backed_up',
  'created_at',
  'last_used_at',
] as const;

function toRow(r: Raw): PasskeyRow {
  return {
    id: r.id,
    credentialId: r.credential_id,
    userId: r.user_id,
    publicKey: r.public_key,
    counter: Number(r.counter),
    transports: r.transports ? r.transports.split(',') : [],
    name: r.name,
    backedUp: Number(r.backed_up) === 1,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  };
}

/** A person's passkeys: listed, renamed and removed by owner only; found by credential id at sign-in. */
export class PasskeysRepo {
  constructor(private readonly db: Executor) {}

  async list(userId: string): Promise<PasskeyRow[]> {
    const rows = await this.db
      .selectFrom('passkeys')
      .select(COLUMNS)
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toRow);
  }

  async count(userId: string): Promise<number> {
    const r = await this.db
      .selectFrom('passkeys')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async byCredentialId(credentialId: string): Promise<PasskeyRow | undefined> {
    const r = await this.db.selectFrom('passkeys').select(COLUMNS).where('credential_id', '=', credentialId).executeTakeFirst();
    return r && toRow(r);
  }

  async insert(row: PasskeyRow): Promise<void> {
    await this.db
      .insertInto('passkeys')
      .values({
        id: row.id,
        credential_id: row.credentialId,
        user_id: row.userId,
        public_key: row.publicKey,
        counter: String(row.counter),
        transports: row.transports.join(','),
        name: row.name,
        backed_up: row.backedUp ? 1 : 0,
        created_at: row.createdAt,
        last_used_at: row.lastUsedAt,
      })
      .execute();
  }

  async used(userId: string, id: string, counter: number, backedUp: boolean, now: string): Promise<void> {
    await this.db
      .updateTable('passkeys')
      .set({ counter: String(counter), backed_up: backedUp ? 1 : 0, last_used_at: now })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .execute();
  }

  async rename(userId: string, id: string, name: string): Promise<PasskeyRow | undefined> {
    const r = await this.db.updateTable('passkeys').set({ name }).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return undefined;
    const row = await this.db.selectFrom('passkeys').select(COLUMNS).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return row && toRow(row);
  }

  async remove(userId: string, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('passkeys').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
