/**
 * The baseline Steady is measured against: bare Fastify and better-sqlite3 with the same durability
 * settings (WAL, synchronous=FULL), inserting and listing rows of the same shape, with none of
 * Steady's work (sessions, CSRF, validation, tags, crisis check, idempotency, logging).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Fastify from 'fastify';
import SQLite from 'better-sqlite3';

const dir = process.env.DATA_DIR!;
const db = new SQLite(join(dir, 'baseline.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
// The columns of Steady's journal_entries, so both servers read and write rows of the same size.
db.exec(`create table if not exists entries (id text primary key, user_id text not null, text text not null, mood integer,
           tags text not null, prompt text, created_at text not null, updated_at text not null);
         create index if not exists entries_user_created on entries (user_id, created_at, id);`);
const insert = db.prepare(
  'insert into entries (id, user_id, text, mood, tags, prompt, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
);
const list = db.prepare(
  'select id, text, mood, tags, prompt, created_at, updated_at from entries where user_id = ? order by created_at desc, id desc limit 20',
);

const app = Fastify();
app.post('/entries', async (req, reply) => {
  const b = req.body as { text: string; mood?: number; tags?: string[] };
  const id = randomUUID();
  const now = new Date().toISOString();
  insert.run(id, 'u1', b.text, b.mood ?? null, JSON.stringify(b.tags ?? []), null, now, now);
  return reply
    .code(201)
    .send({ entry: { id, text: b.text, mood: b.mood ?? null, tags: b.tags ?? [], prompt: null, createdAt: now, updatedAt: now } });
});
app.get('/entries', async () => ({ items: list.all('u1') }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
