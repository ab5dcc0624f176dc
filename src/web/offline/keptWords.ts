import { z } from 'zod';
import { FREE_TEXT } from '../../contracts/common.js';
import { Routes } from '../../contracts/routes/index.js';
import type { KeptItem } from './outbox.js';

/** One thing the person wrote, found in a refused change: where it sat in the body, and the words. */
export interface KeptWords {
  /** The body's path, dots between names ("note", "park.text"). */
  field: string;
  text: string;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/**
 * The free text of a refused change, found through the operation's own body schema: the fields the
 * contract marks `x-free-text` (the same mark the server's crisis check and the deletion test walk),
 * so a new free-text field shows here without anyone listing it again.
 */
export function wordsOf(item: Pick<KeptItem, 'op' | 'body'>): KeptWords[] {
  const out: KeptWords[] = [];
  const route = item.op ? (Routes as Record<string, { body?: z.ZodType }>)[item.op] : undefined;
  if (route?.body) walk(route.body, item.body, '', false, out);
  else collectStrings(item.body, '', out);
  return out.filter((w) => w.text.trim() !== '');
}

function walk(schema: z.ZodType, value: unknown, path: string, free: boolean, out: KeptWords[]): void {
  const meta: Record<string, unknown> | undefined = z.globalRegistry.get(schema);
  const isFree = free || Boolean(meta?.[FREE_TEXT]);
  const def = schema._zod.def as unknown as {
    type: string;
    innerType?: z.ZodType;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
    in?: z.ZodType;
  };
  if (value === undefined || value === null) return;
  if (def.type === 'object' && def.shape && typeof value === 'object') {
    for (const [key, child] of Object.entries(def.shape))
      walk(child, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, isFree, out);
  } else if (WRAPPERS.has(def.type) && def.innerType) walk(def.innerType, value, path, isFree, out);
  else if (def.type === 'pipe' && def.in) walk(def.in, value, path, isFree, out);
  else if (def.type === 'array' && def.element && Array.isArray(value)) for (const v of value) walk(def.element, v, path, isFree, out);
  else if (isFree && typeof value === 'string') out.push({ field: path, text: value });
}

/** An item queued before the operation was recorded: every string is shown, so no word is hidden. */
function collectStrings(value: unknown, path: string, out: KeptWords[]): void {
  if (typeof value === 'string') out.push({ field: path, text: value });
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, path, out);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) collectStrings(child, path ? `${path}.${key}` : key, out);
}

/** The labels the person gave (an urge's triggers, an entry's tags): short, shown beside the words. */
export function labelsOf(item: Pick<KeptItem, 'body'>): string[] {
  const body = (item.body ?? {}) as { triggers?: unknown; tags?: unknown };
  return [body.triggers, body.tags].flatMap((list) => (Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : []));
}

/** The words of every field, as one text to copy. */
export function copyText(words: readonly KeptWords[], labels: readonly string[]): string {
  return [...words.map((w) => w.text), ...(labels.length ? [labels.join(', ')] : [])].join('\n\n');
}
