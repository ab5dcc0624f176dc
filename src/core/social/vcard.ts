import vCard from 'vcf';
import { NAME_MAX, NOTES_MAX } from '../../contracts/social/people.js';
import { nameKey } from './name-key.js';

/**
 * Reading a vCard file (versions 2.1, 3.0 and 4.0) into the few things the social map keeps: a
 * name, the card's UID and its notes. The `vcf` package parses each card (properties, parameters,
 * groups such as `item1.EMAIL`, RFC 6350 line folding). Three things around it are hand-written,
 * because vcf does not do them:
 *
 * - quoted-printable (`ENCODING=QUOTED-PRINTABLE`, vCard 2.1, still found in files labelled 3.0
 *   by older phones): its `=` soft line breaks are not folding, so vcf would read each continuation
 *   as a new property, and it never decodes the `=C3=A9` bytes;
 * - bare LF or CR line ends (vcf splits only on CRLF, many exports use LF);
 * - checking the file's structure first, so a broken file is refused as a whole with a message
 *   that says where, instead of importing whatever happened to parse.
 */

export interface VCardCard {
  /** 0-based position of the card in the file. */
  index: number;
  name: string;
  nameKey: string;
  uid: string | null;
  notes: string | null;
}

export interface VCardSkip {
  index: number;
  reason: string;
}

export type VCardFile = { ok: true; cards: VCardCard[]; skipped: VCardSkip[] } | { ok: false; detail: string };

/** More cards than anyone's address book needs; a bigger file is most likely not an address book. */
export const MAX_CARDS = 5_000;
const UID_MAX = 200;

interface Line {
  text: string;
  /** 1-based line number in the file as sent, for messages. */
  line: number;
}

const BEGIN = /^BEGIN:VCARD$/i;
const END = /^END:VCARD$/i;

/** Physical lines, with quoted-printable soft line breaks joined back into one logical line. */
function logicalLines(text: string): Line[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: Line[] = [];
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1;
    let current = physical[i]!;
    const header = current.slice(0, Math.max(0, current.indexOf(':')));
    if (!/^[ \t]/.test(current) && /quoted-printable/i.test(header)) {
      while (current.endsWith('=') && i + 1 < physical.length && !END.test(physical[i + 1]!.trimEnd())) {
        current = current.slice(0, -1) + physical[++i]!;
      }
    }
    out.push({ text: current, line });
  }
  return out;
}

/** Splits the file into cards, or says why it is not a vCard file. */
function cardsOf(lines: Line[]): { ok: true; cards: string[][] } | { ok: false; detail: string } {
  if (!lines.some((l) => BEGIN.test(l.text.trimEnd()))) {
    return {
      ok: false,
      detail: 'This is not a vCard file: it has no BEGIN:VCARD line. Export your contacts as a .vcf file and try again.',
    };
  }
  const cards: string[][] = [];
  let open: { line: number; lines: string[] } | null = null;
  for (const l of lines) {
    const t = l.text.trimEnd();
    if (BEGIN.test(t)) {
      if (open) {
        return { ok: false, detail: `The card starting on line ${open.line} has no END:VCARD before the next card on line ${l.line}.` };
      }
      open = { line: l.line, lines: [t] };
    } else if (END.test(t)) {
      if (!open) return { ok: false, detail: `Line ${l.line} ends a card that never began (BEGIN:VCARD is missing).` };
      open.lines.push(t);
      cards.push(open.lines);
      open = null;
    } else if (open) {
      open.lines.push(l.text);
    } else if (t.trim() !== '') {
      return { ok: false, detail: `Line ${l.line} is outside any card, so this file is not a vCard file Steady can read.` };
    }
  }
  if (open) return { ok: false, detail: `The card starting on line ${open.line} never ends (END:VCARD is missing).` };
  return { ok: true, cards };
}

/** Bytes of a quoted-printable value, decoded in the card's charset (UTF-8 unless it says otherwise). */
export function decodeQuotedPrintable(raw: string, charset = 'utf-8'): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '=') {
      const hex = raw.slice(i + 1, i + 3);
      if (/^[0-9a-f]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 3;
        continue;
      }
      // A trailing "=" is a soft break whose continuation was already joined; elsewhere keep it.
      if (i === raw.length - 1) break;
    }
    const ch = String.fromCodePoint(raw.codePointAt(i)!);
    bytes.push(...encoder.encode(ch));
    i += ch.length;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(Uint8Array.from(bytes));
}

const props = (card: vCard, key: string): vCard.Property[] => {
  const p = card.get(key);
  return p === undefined ? [] : Array.isArray(p) ? p : [p];
};

/** A property's value with any quoted-printable undone; text escapes are still in place. */
function rawValue(p: vCard.Property): string {
  const value = p.valueOf() ?? '';
  const encodings = ([] as unknown[]).concat(p.encoding).map((e) => (typeof e === 'string' ? e.toLowerCase() : ''));
  if (!encodings.includes('quoted-printable') && !p.is('quoted-printable')) return value;
  return decodeQuotedPrintable(value, typeof p.charset === 'string' ? p.charset : 'utf-8');
}

/** Splits a structured value (N) on its unescaped semicolons. */
function components(value: string): string[] {
  const out = [''];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      out[out.length - 1] += ch + value[++i]!;
    } else if (ch === ';') {
      out.push('');
    } else {
      out[out.length - 1] += ch;
    }
  }
  return out;
}

const unescapeText = (s: string) => s.replace(/\\([\\,;:nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
// Control characters, U+0000 among them (PostgreSQL cannot store it); paragraphs keep tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_TAB_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** One line of text: control characters become spaces, runs of space one. */
const oneLine = (s: string) => s.replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim().normalize('NFC');
const paragraph = (s: string) => s.replace(/\r\n?/g, '\n').replace(CONTROL_BUT_TAB_NEWLINE, '').trim().normalize('NFC');

function nameOf(card: vCard): string {
  for (const p of props(card, 'fn')) {
    const fn = oneLine(unescapeText(rawValue(p)));
    if (fn) return fn;
  }
  for (const p of props(card, 'n')) {
    const [family = '', given = ''] = components(rawValue(p)).map((c) => oneLine(unescapeText(c)));
    const name = [given, family].filter(Boolean).join(' ');
    if (name) return name;
  }
  return '';
}

function notesOf(card: vCard): string | null {
  const text = props(card, 'note')
    .map((p) => paragraph(unescapeText(rawValue(p))))
    .filter(Boolean)
    .join('\n\n');
  if (!text) return null;
  return text.length > NOTES_MAX ? `${text.slice(0, NOTES_MAX - 1).trimEnd()}…` : text;
}

function uidOf(card: vCard): string | null {
  const uid = props(card, 'uid')
    .map((p) => oneLine(unescapeText(rawValue(p))))
    .find(Boolean);
  return uid && uid.length <= UID_MAX ? uid : null;
}

function unreadable(err: unknown): string {
  const message = err instanceof Error ? err.message : '';
  const version = /Unsupported version "([^"]*)"/.exec(message);
  if (version) return `unsupported vCard version ${version[1]}`;
  if (/VERSION/.test(message)) return 'no VERSION line';
  return 'could not be read';
}

/**
 * Parses a whole file. A file whose structure is broken (no cards, a card without its END, text
 * outside cards) is refused as a whole; a card that is readable but unusable (no name, an unknown
 * version) is skipped with its reason while the others come through.
 */
export function parseVCardFile(text: string): VCardFile {
  if (text.trim() === '') return { ok: false, detail: 'The file is empty.' };
  const split = cardsOf(logicalLines(text));
  if (!split.ok) return split;
  if (split.cards.length > MAX_CARDS) {
    return {
      ok: false,
      detail: `This file has ${split.cards.length} cards; Steady imports up to ${MAX_CARDS} at a time. Split it and try again.`,
    };
  }
  const cards: VCardCard[] = [];
  const skipped: VCardSkip[] = [];
  for (const [index, lines] of split.cards.entries()) {
    let card: vCard;
    try {
      card = new vCard().parse(lines.join('\r\n'));
    } catch (err) {
      skipped.push({ index, reason: unreadable(err) });
      continue;
    }
    const name = nameOf(card);
    if (!name) {
      skipped.push({ index, reason: 'no name' });
      continue;
    }
    if (name.length > NAME_MAX) {
      skipped.push({ index, reason: `name longer than ${NAME_MAX} characters` });
      continue;
    }
    cards.push({ index, name, nameKey: nameKey(name), uid: uidOf(card), notes: notesOf(card) });
  }
  return { ok: true, cards, skipped };
}
