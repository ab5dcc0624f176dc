/**
 * A type-level test, checked by `npx tsc` (never run, never bundled): the feature APIs answer the
 * contract's own types, so reading a field the contract does not return fails the typecheck.
 */
import { peopleApi, interactionsApi } from '../features/social/api.js';
import { urgesApi } from '../features/reassurance/urges/api.js';
import type { Success } from './call.js';

export async function contractFieldsOnly(signal: AbortSignal): Promise<unknown[]> {
  const person = await peopleApi.get('id', signal);
  const interaction = await interactionsApi.get('id', signal);
  const page = await urgesApi.list({ limit: 5 }, signal);
  const seen: unknown[] = [
    // What the contract returns is there, typed: a hand-written type once lost `safety`.
    person.safety.crisis satisfies boolean,
    person.person.closeness,
    interaction.interaction.warmth satisfies number,
    page.nextCursor satisfies string | null,
  ];
  // @ts-expect-error the contract's person has no `email`
  seen.push(person.person.email);
  // @ts-expect-error an interaction answer has no `person`
  seen.push(interaction.person);
  // @ts-expect-error a page's items are urges, which have no `title`
  seen.push(page.items[0]?.title);
  return seen;
}

// @ts-expect-error a 204 answers nothing to read
export const nothing: Success<'deletePerson'> = { deleted: true };
