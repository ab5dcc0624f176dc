import type { VCardCard } from './vcard.js';

/**
 * Which cards of an import become new people and which are someone already on the map (or earlier
 * in the same file). A card matches by its vCard UID first, then by name (people.name_key) — except
 * that two cards whose UIDs both exist and differ are two different people even with one name.
 * A merge never overwrites: it only fills notes or a UID that were empty.
 */

export interface KnownPerson {
  id: string;
  name: string;
  nameKey: string;
  uid: string | null;
  hasNotes: boolean;
}

export interface NewPerson {
  id: string;
  name: string;
  uid: string | null;
  notes: string | null;
}

export interface PersonFill {
  id: string;
  notes?: string;
  uid?: string;
}

export interface ImportPlan {
  create: NewPerson[];
  fill: PersonFill[];
  outcomes: Array<{ index: number; personId: string; name: string; outcome: 'imported' | 'merged' }>;
}

interface Entry {
  id: string;
  name: string;
  uid: string | null;
  hasNotes: boolean;
  /** Set when the entry is created by this import: fills then go straight into the new row. */
  created?: NewPerson;
}

export function planImport(cards: readonly VCardCard[], known: readonly KnownPerson[], newId: () => string): ImportPlan {
  const byUid = new Map<string, Entry>();
  const byName = new Map<string, Entry[]>();
  const remember = (key: string, e: Entry) => {
    if (e.uid !== null && !byUid.has(e.uid)) byUid.set(e.uid, e);
    const same = byName.get(key);
    if (same) same.push(e);
    else byName.set(key, [e]);
  };
  for (const k of known) remember(k.nameKey, { id: k.id, name: k.name, uid: k.uid, hasNotes: k.hasNotes });

  const plan: ImportPlan = { create: [], fill: [], outcomes: [] };
  const fills = new Map<string, PersonFill>();
  for (const card of cards) {
    const target =
      (card.uid !== null ? byUid.get(card.uid) : undefined) ??
      byName.get(card.nameKey)?.find((e) => card.uid === null || e.uid === null || e.uid === card.uid);
    if (!target) {
      const created: NewPerson = { id: newId(), name: card.name, uid: card.uid, notes: card.notes };
      plan.create.push(created);
      remember(card.nameKey, { id: created.id, name: created.name, uid: created.uid, hasNotes: created.notes !== null, created });
      plan.outcomes.push({ index: card.index, personId: created.id, name: created.name, outcome: 'imported' });
      continue;
    }
    const fill = target.created ?? fills.get(target.id) ?? { id: target.id };
    if (card.notes !== null && !target.hasNotes) {
      fill.notes = card.notes;
      target.hasNotes = true;
    }
    if (card.uid !== null && target.uid === null) {
      fill.uid = card.uid;
      target.uid = card.uid;
      byUid.set(card.uid, target);
    }
    if (!target.created && (fill.notes !== undefined || fill.uid !== undefined)) fills.set(target.id, fill as PersonFill);
    plan.outcomes.push({ index: card.index, personId: target.id, name: target.name, outcome: 'merged' });
  }
  plan.fill = [...fills.values()];
  return plan;
}
