import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planImport, type KnownPerson } from './import-plan.js';
import { decodeQuotedPrintable, MAX_CARDS, parseVCardFile, type VCardCard } from './vcard.js';

const dir = new URL('../../../test/fixtures/vcard/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');

type Expected =
  | { names: string[]; skipped?: Array<[number, string]>; notes?: Record<string, string | null>; uids?: Record<string, string | null> }
  | { error: RegExp };

/** What each fixture must give; a fixture added to the folder without a line here fails the first test. */
const expected: Record<string, Expected> = {
  'v30-single-crlf.vcf': {
    names: ['Ada Okafor'],
    notes: { 'Ada Okafor': 'Met at the climbing wall, Tuesdays.\nLikes long walks.' },
    uids: { 'Ada Okafor': '7f1e2b3c-0000-4000-8000-00000000a001' },
  },
  'v40-multiple-lf.vcf': {
    names: ['Bo Lindqvist', 'Carmen Ruiz', 'Dev Patel'],
    uids: { 'Bo Lindqvist': 'urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1', 'Carmen Ruiz': null },
    notes: { 'Dev Patel': 'Neighbour at no. 12' },
  },
  'v30-folded.vcf': {
    names: ['Eleanor Margaret Whitfield-Ashbourne'],
    notes: {
      'Eleanor Margaret Whitfield-Ashbourne':
        'Old friend from university. We used to cook together every Sunday and talk about books until late. Ask about her new allotment and the tomatoes.',
    },
  },
  'v21-quoted-printable.vcf': {
    names: ['José Müller'],
    notes: { 'José Müller': 'Kennt mich seit der Schule.\nFährt gern Fahrrad und trinkt Kaffee = Leben.' },
  },
  'v30-labelled-quoted-printable.vcf': { names: ['Анна Петрова', 'Frank'] },
  'v40-non-latin-names.vcf': { names: ['王小明', 'محمد الأحمد', '佐藤 花子', 'Ελένη Παπαδοπούλου', 'Zoë 🌻 Ng'] },
  'missing-names.vcf': {
    names: ['Gus Haddad', 'Hana Kim'],
    skipped: [
      [1, 'no name'],
      [2, 'no name'],
    ],
  },
  'apple-contacts-export.vcf': { names: ['Imran Iqbal', 'Jo'], notes: { 'Imran Iqbal': 'Sings bass. Birthday in May.', Jo: null } },
  'google-contacts-export.vcf': { names: ['Kofi Mensah', 'Lena Vogel'], skipped: [[2, 'no name']] },
  'broken-missing-end.vcf': { error: /line 1 has no END:VCARD/ },
  'broken-stray-end.vcf': { error: /Line 5 ends a card that never began/ },
  'empty.vcf': { error: /empty/ },
  'not-a-vcard.vcf': { error: /no BEGIN:VCARD/ },
  'some-bad-cards.vcf': {
    names: ['Quinn Taylor', 'Rosa Díaz'],
    skipped: [
      [1, 'unsupported vCard version 5.0'],
      [2, 'no VERSION line'],
      [3, 'no name'],
    ],
  },
  'duplicates-in-one-file.vcf': { names: ['Sam Rivera', 'sam rivera', 'Tove Jansson', 'Tove J.', 'Uma Rao', 'Uma Rao'] },
  'bom-and-blank-lines.vcf': { names: ['Vera Novak', 'Wen Li'] },
  'v21-latin1-quoted-printable.vcf': { names: ['Xavier François'] },
  'outlook-n-only.vcf': { names: ['Yara Young'], notes: { 'Yara Young': 'Line one\nLine two' } },
  'escaped-values.vcf': { names: ['Zane Smith, Jr.'], notes: { 'Zane Smith, Jr.': 'Semicolons; commas, a backslash \\ and\na new line' } },
  'old-mac-cr.vcf': { names: ['Bea Moreau'] },
};

describe('vCard files', () => {
  it('has an expectation for every fixture, and at least 15 of them', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.vcf'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(Object.entries(expected))('reads %s', (file, want) => {
    const got = parseVCardFile(fixture(file));
    if ('error' in want) {
      expect(got.ok).toBe(false);
      if (!got.ok) expect(got.detail).toMatch(want.error);
      return;
    }
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.cards.map((c) => c.name)).toEqual(want.names);
    expect(got.skipped.map((s) => [s.index, s.reason])).toEqual(want.skipped ?? []);
    const byName = new Map(got.cards.map((c) => [c.name, c]));
    for (const [name, notes] of Object.entries(want.notes ?? {})) expect(byName.get(name)?.notes).toBe(notes);
    for (const [name, uid] of Object.entries(want.uids ?? {})) expect(byName.get(name)?.uid).toBe(uid);
    // Every card is accounted for exactly once, in file order.
    const indexes = [...got.cards.map((c) => c.index), ...got.skipped.map((s) => s.index)].sort((a, b) => a - b);
    expect(indexes).toEqual([...indexes.keys()]);
  });

  it('reads the same file with CRLF, LF or CR line ends', () => {
    const lf = fixture('v21-quoted-printable.vcf').replace(/\r\n/g, '\n');
    const cr = lf.replace(/\n/g, '\r');
    for (const text of [lf, cr]) expect(parseVCardFile(text)).toEqual(parseVCardFile(fixture('v21-quoted-printable.vcf')));
  });

  it('decodes quoted-printable bytes in the charset given, and keeps a stray "=" that encodes nothing', () => {
    expect(decodeQuotedPrintable('Caf=C3=A9 =3D ok')).toBe('Café = ok');
    expect(decodeQuotedPrintable('Caf=E9', 'ISO-8859-1')).toBe('Café');
    expect(decodeQuotedPrintable('a=zz', 'no-such-charset')).toBe('a=zz');
    expect(decodeQuotedPrintable('soft=')).toBe('soft');
  });

  it('skips a name longer than a person’s name can be, cleans control characters, and caps notes', () => {
    const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');
    const long = parseVCardFile(card([`FN:${'x'.repeat(121)}`]));
    expect(long.ok && long.skipped).toEqual([{ index: 0, reason: 'name longer than 120 characters' }]);
    const nul = parseVCardFile(card(['FN;ENCODING=QUOTED-PRINTABLE:A=00B', `NOTE:${'n'.repeat(3000)}`]));
    expect(nul.ok && nul.cards[0]!.name).toBe('A B');
    expect(nul.ok && nul.cards[0]!.notes!.length).toBe(2000);
  });

  it(`refuses more than ${MAX_CARDS} cards at once`, () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n'.repeat(MAX_CARDS + 1);
    const got = parseVCardFile(text);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.detail).toContain(String(MAX_CARDS));
  });
});

const card = (index: number, name: string, over: Partial<VCardCard> = {}): VCardCard => ({
  index,
  name,
  nameKey: name.toLowerCase(),
  uid: null,
  notes: null,
  ...over,
});

describe('import plan', () => {
  let n = 0;
  const newId = () => `new-${++n}`;
  const known: KnownPerson[] = [
    { id: 'ana', name: 'Ana', nameKey: 'ana', uid: null, hasNotes: false },
    { id: 'bo', name: 'Bo', nameKey: 'bo', uid: 'uid-bo', hasNotes: true },
  ];

  it('merges by UID first, then by name, filling only what was empty', () => {
    n = 0;
    const plan = planImport(
      [
        card(0, 'Robert', { uid: 'uid-bo', notes: 'never overwrites' }),
        card(1, 'ana', { uid: 'uid-ana', notes: 'fills empty notes' }),
        card(2, 'Cy'),
        card(3, 'cy', { notes: 'fills the new one' }),
        card(5, 'Ana again', { uid: 'uid-ana' }),
      ],
      known,
      newId,
    );
    expect(plan.create).toEqual([{ id: 'new-1', name: 'Cy', uid: null, notes: 'fills the new one' }]);
    expect(plan.fill).toEqual([{ id: 'ana', notes: 'fills empty notes', uid: 'uid-ana' }]);
    expect(plan.outcomes.map((o) => [o.index, o.personId, o.outcome])).toEqual([
      [0, 'bo', 'merged'],
      [1, 'ana', 'merged'],
      [2, 'new-1', 'imported'],
      [3, 'new-1', 'merged'],
      [5, 'ana', 'merged'],
    ]);
  });

  it('keeps two people apart when their names match but their UIDs differ', () => {
    n = 0;
    const plan = planImport([card(0, 'Bo', { uid: 'uid-other' }), card(1, 'Bo')], known, newId);
    expect(plan.create.map((c) => c.name)).toEqual(['Bo']);
    expect(plan.outcomes.map((o) => o.personId)).toEqual(['new-1', 'bo']);
  });
});
