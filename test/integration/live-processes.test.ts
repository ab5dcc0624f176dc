import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { freshSchema, serveProcess, signupOver, type ServerProcess } from '../support/processes.js';
import { openStream } from '../support/sse.js';

/**
 * The requirement: two server processes on one PostgreSQL database, an event caused through
 * one arriving on a stream held on the other within one second. Real `steady serve` processes, so
 * the only path between them is PostgreSQL's LISTEN/NOTIFY.
 */
describe.runIf(dialects().includes('postgres'))(
  'live events between two server processes on PostgreSQL',
  () => {
    let schema: Awaited<ReturnType<typeof freshSchema>>;
    let one: ServerProcess;
    let two: ServerProcess;
    beforeAll(async () => {
      schema = await freshSchema(process.env.TEST_DATABASE_URL!);
      // One after the other: the first applies the migrations, the second finds them applied.
      one = await serveProcess({ DATABASE_URL: schema.url });
      two = await serveProcess({ DATABASE_URL: schema.url });
    }, 60_000);
    afterAll(async () => {
      await Promise.all([one?.stop(), two?.stop()]);
      await schema?.drop();
    });

    it('delivers a pair link made through one server to both members’ streams on the other within a second', async () => {
      const a = await signupOver(one.origin);
      const b = await signupOver(one.origin);
      const [sa, sb] = await Promise.all([a, b].map((p) => openStream(`${two.origin}/api/v1/events`, p.cookie)));
      try {
        expect([sa!.status, sb!.status]).toEqual([200, 200]);
        const invite = await a.call('POST', '/api/v1/pair/invitations');
        const sent = performance.now();
        const joined = await b.call('POST', '/api/v1/pair/join', { code: invite.body.code });
        expect(joined.status).toBe(201);
        for (const s of [sa!, sb!]) {
          const got = await s.next((e) => e.type === 'pair.linked', 1_000);
          expect(got.event.id).toBe(joined.body.pair.id);
          expect(got.at - sent).toBeLessThan(1_000);
        }

        // Unlinking through the first server ends both streams on the second.
        const left = await a.call('DELETE', '/api/v1/pair', { password: 'correct horse battery staple' });
        expect(left.status).toBe(204);
        for (const s of [sa!, sb!]) {
          await s.next((e) => e.type === 'pair.ended', 1_000);
          await s.ended;
        }
      } finally {
        sa!.close();
        sb!.close();
      }
    });
  },
  60_000,
);
