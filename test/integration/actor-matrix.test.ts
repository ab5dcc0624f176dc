import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, setUp, tableGaps, type Setup } from '../attack/matrix.js';
import { operationsOf } from '../attack/openapi.js';
import { harness, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';

describe.each(dialects())('every actor against every operation on %s', (kind) => {
  let h: Harness;
  let doc: any;
  let s: Setup;
  beforeAll(async () => {
    h = await harness(kind);
    doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    s = await setUp(h.app, doc, h.clock.now);
  }, 120_000);
  afterAll(async () => h?.close());

  it('has a visibility row and a way to build a body for every operation in the served document', () => {
    const gaps = tableGaps(doc);
    expect(gaps.missing, `add these operationIds to VISIBILITY in test/attack/matrix.ts: ${gaps.missing.join(', ')}`).toEqual([]);
    expect(gaps.stale, `these VISIBILITY rows name operations the API no longer has: ${gaps.stale.join(', ')}`).toEqual([]);
    expect(gaps.noBody, `add a FIXTURES body in test/attack/matrix.ts for: ${gaps.noBody.join(', ')}`).toEqual([]);
  });

  it('writes markers the owner can read back', async () => {
    expect(s.privateMarkers.size).toBeGreaterThan(60);
    expect(s.pairMarkers.size).toBeGreaterThan(5);
    const exported = await s.owner.request('GET', '/api/v1/me/export');
    const text = JSON.stringify(exported.body);
    // The last edit of each thing is what the owner's own copy must hold; a create's words were
    // replaced by the update after it. An urge's park text counts only when the write parks it.
    const edits = [...s.privateMarkers].filter(([, where]) => /^(update|put)/.test(where) && !where.startsWith('updateUrge.park'));
    expect(edits.length).toBeGreaterThan(30);
    expect(edits.filter(([m]) => !text.includes(m)).map(([, where]) => where)).toEqual([]);
  });

  it('answers nobody but the owner with the owner’s words, and never tells an id apart from a random one', async () => {
    const { findings, calls, seenByPartner } = await attack(h.app, doc, s, h.clock.now);
    expect(calls).toBeGreaterThanOrEqual(operationsOf(doc).length * 4);
    // What the pair shares does reach the partner, so a marker missing elsewhere is absence, not a blind scan.
    expect(seenByPartner.size).toBeGreaterThanOrEqual(Math.min(5, s.pairMarkers.size));
    expect(findings.map((f) => `${f.actor} ${f.operationId}: ${f.problem}`)).toEqual([]);
  }, 120_000);
});
