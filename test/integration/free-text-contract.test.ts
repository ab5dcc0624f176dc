/**
 * The contract side of "every free-text field returns the verdict", read from the OpenAPI
 * document the app serves (not the committed copy):
 *   - every request field a person writes in their own words is marked `x-free-text`
 *     (a long string that is not marked must be on the short, reasoned list below);
 *   - every operation that takes a marked field answers with a `safety` verdict.
 * The behavioural walk (a crisis sentence in each marked field, one at a time, against a real
 * database) is free-text-verdict.test.ts; this test fails first when a new field or route skips the check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_TEXT } from '../../src/contracts/common.js';
import { harness, type Harness } from '../support/api.js';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  maxLength?: number;
  enum?: unknown[];
  format?: string;
  [FREE_TEXT]?: boolean;
};
type Operation = {
  operationId: string;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};

/** Long strings that are not a person's own words, each for a reason. */
const NOT_FREE_TEXT = new Map<string, string>([
  ['password', 'a secret, never checked or stored as text'],
  ['currentPassword', 'a secret, never checked or stored as text'],
  ['newPassword', 'a secret, never checked or stored as text'],
  ['pin', 'the app lock’s PIN or passphrase, a secret kept only as a hash'],
  ['email', 'an address'],
  ['contact', "a support resource's phone number or address"],
  ['checkInRule', 'an RRULE'],
  ['prompt', "the app's own question, sent back with the answer"],
  ['code', 'a link code; a pasted message is searched for the code'],
  ['endpoint', 'a push service address'],
  ['p256dh', 'a push subscription’s public key from the browser, base64url'],
  ['id', 'WebAuthn data from the device, base64url'],
  ['rawId', 'WebAuthn data from the device, base64url'],
  ['clientDataJSON', 'WebAuthn data from the device, base64url'],
  ['attestationObject', 'WebAuthn data from the device, base64url'],
  ['authenticatorData', 'WebAuthn data from the device, base64url'],
  ['signature', 'WebAuthn data from the device, base64url'],
  ['userHandle', 'WebAuthn data from the device, base64url'],
]);

let h: Harness;
let doc: { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

beforeAll(async () => {
  h = await harness('sqlite');
  doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(async () => h.close());

function resolve(s: Schema): Schema {
  if (!s.$ref) return s;
  const name = s.$ref.split('/').pop()!;
  return doc.components?.schemas?.[name] ?? {};
}

/** Every string property under a schema, with its path, whether marked, and its maxLength. */
function strings(
  schema: Schema,
  path: string,
  seen = new Set<Schema>(),
): Array<{ path: string; name: string; s: Schema; marked: boolean }> {
  const s = resolve(schema);
  if (seen.has(s)) return [];
  seen.add(s);
  const out: Array<{ path: string; name: string; s: Schema; marked: boolean }> = [];
  const name = path.split('.').pop()!.replace(/\[\]$/, '');
  const variants = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  const marked = Boolean(s[FREE_TEXT]) || variants.some((v) => resolve(v)[FREE_TEXT]);
  const isString = s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'));
  if (isString || marked) out.push({ path, name, s, marked });
  for (const v of variants) if (!marked) out.push(...strings(v, path, seen));
  for (const [k, v] of Object.entries(s.properties ?? {})) out.push(...strings(v, `${path}.${k}`, seen));
  if (s.items) out.push(...strings(s.items, `${path}[]`, seen));
  return out;
}

function operations(): Operation[] {
  return Object.values(doc.paths).flatMap((methods) => Object.values(methods));
}

function bodyStrings(op: Operation) {
  const schema = op.requestBody?.content['application/json']?.schema;
  return schema ? strings(schema, 'body') : [];
}

function answersWithVerdict(op: Operation): boolean {
  return Object.entries(op.responses)
    .filter(([status]) => status.startsWith('2'))
    .some(([, r]) => {
      const schema = r.content?.['application/json']?.schema;
      if (!schema) return false;
      const s = resolve(schema);
      const props = s.properties ?? {};
      return 'safety' in props || (op.operationId === 'checkText' && 'crisis' in props);
    });
}

describe('free text in the contract', () => {
  it('marks every long request string that a person writes, or names why not', () => {
    const unmarked = operations().flatMap((op) =>
      bodyStrings(op)
        .filter((f) => !f.marked && (f.s.maxLength ?? 0) >= 200 && !f.s.enum && !f.s.format && !NOT_FREE_TEXT.has(f.name))
        .map((f) => `${op.operationId} ${f.path}`),
    );
    expect(unmarked).toEqual([]);
  });

  it('finds marked fields where people write (so the walk below is not vacuous)', () => {
    const marked = operations().filter((op) => bodyStrings(op).some((f) => f.marked));
    expect(marked.map((op) => op.operationId)).toEqual(
      expect.arrayContaining([
        'createJournalEntry',
        'createUrge',
        'createThoughtRecord',
        'createDraft',
        'createCycleEvent',
        'createPerson',
        'createInteraction',
        'createGoal',
        'submitReview',
        'parkTopic',
        'createReassuranceRequest',
        'giveKudos',
        'proposeStressPlan',
        'putSafetyPlan',
      ]),
    );
  });

  it('answers every operation that takes free text with a safety verdict', () => {
    const silent = operations()
      .filter((op) => bodyStrings(op).some((f) => f.marked))
      .filter((op) => !answersWithVerdict(op))
      .map((op) => op.operationId);
    expect(silent).toEqual([]);
  });
});
