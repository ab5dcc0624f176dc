import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/**
 * What a new password must not be, beyond its length (contracts/auth.ts): one of the passwords
 * people use most (zxcvbn-ts's offline list of common and breached passwords, no network), a
 * pattern a guesser tries first (repeats, sequences, keyboard walks), or the person's own email
 * or name. No composition rules: a long phrase in any language passes.
 *
 * zxcvbn is a well-kept estimator made for exactly this; its score 3 ("safely unguessable") is the
 * line, which a 12-character passphrase of ordinary words clears easily.
 */
const MIN_SCORE = 3;
/** Shorter names would forbid too much ("Al" inside "a calm walk"); equality still counts. */
const MIN_CONTAINED = 4;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  // Built on first use: the dictionaries take a few tens of milliseconds to load.
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return estimator;
}

export interface PasswordContext {
  email: string;
  displayName?: string | undefined;
}

/** Kind, specific words for the one field; empty when the password may be used. */
export function passwordProblems(password: string, ctx: PasswordContext): string[] {
  const own = ownWords(ctx);
  const plain = normalise(password);
  const squeezed = plain.replace(/\s+/g, '');
  for (const word of own) {
    const w = word.replace(/\s+/g, '');
    if (plain === word || squeezed === w) return [OWN_WORDS];
    // A name inside a longer phrase is fine when the rest would stand on its own ("robin sings at
    // dawn"); the name with a few digits or signs around it is not.
    if (w.length >= MIN_CONTAINED && squeezed.includes(w) && zxcvbn().check(squeezed.split(w).join(' ')).score < MIN_SCORE) {
      return [OWN_WORDS];
    }
  }
  const result = zxcvbn().check(password, own);
  if (result.score >= MIN_SCORE) return [];
  return [isCommon(result) ? COMMON : GUESSABLE];
}

const OWN_WORDS = 'Choose something other than your email or name: those are the first things a guesser tries';
const COMMON = 'This one is on lists of passwords people use most. A few words only you would put together work well';
const GUESSABLE = 'This would be easy to guess. Try a few unrelated words, or a short sentence only you would write';

function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

/** The email, its part before the @, and the name: what someone who knows the person tries first. */
function ownWords(ctx: PasswordContext): string[] {
  const email = normalise(ctx.email);
  const local = email.split('@')[0] ?? '';
  const words = [email, local, normalise(ctx.displayName ?? '')];
  return [...new Set(words.filter((w) => w.length > 0))];
}

function isCommon(result: ZxcvbnResult): boolean {
  return result.sequence.some((m) => m.pattern === 'dictionary' && 'dictionaryName' in m && m.dictionaryName === 'passwords-common');
}
