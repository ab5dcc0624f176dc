/**
 * The statistical half of crisis detection: a logistic regression over hashed word and
 * character n-grams, trained by scripts/train-crisis.ts on the project's own sentences
 * (src/core/safety/train/ and the development part of the evaluation set). The weights live in
 * ./model/crisis-weights.ts, so nothing is downloaded or read from disk at run time.
 *
 * Why a model next to the rules: rules read the phrases someone thought of; people in pain use
 * many more ("did the maths on my pills", "checking out for good"). The model weighs every word
 * and word pair it saw in training, so new phrasings of the same idea still carry weight.
 *
 * Features of a stretch of tokens (all hashed with FNV-1a into a fixed number of buckets), each
 * weighted 1/√n for a stretch of n features:
 *   - each word, and each word marked as negated when a "not / never / no" came up to three
 *     words before it in the same clause, so "i do not want to die" and "i want to die" differ;
 *   - each pair of neighbouring words (a sentence start counts as a word).
 * Typos and missing apostrophes are mostly repaired by crisis.ts's normaliser before this sees
 * the text. Character n-grams were tried and dropped: in cross-validation on development data
 * they raised the ordinary lines' highest scores more than the crisis lines', so at a 1.5%
 * false-alarm budget they lost recall.
 * The score of a stretch is a sum over its tokens, so with prefix sums every sentence, every pair
 * of neighbouring sentences and every window of a long run-on sentence is scored in linear time.
 *
 * Privacy: like the rules, this returns a number and a category, never any of the words.
 */
import { MODEL } from './model/crisis-weights.js';

/** What the category heads of the model can say; the same names as the rules' categories. */
export const MODEL_CATEGORIES = ['suicide', 'passive', 'burden', 'farewell', 'self_harm', 'plan'] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** Longest stretch of one run-on sentence scored as a unit, and how far windows step. */
export const WINDOW = 32;
/** Features weigh 1/n^NORM_POWER in a stretch of n features (0, 0.5 and 1 compared by cross-validation). */
export const NORM_POWER = 0.5;
const STEP = 12;
/** Two neighbouring sentences are also scored together when they are this short in all. */
const PAIR_MAX = 40;

const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'without']);
const CLAUSE_END = new Set([',', '.', 'but', 'and', 'because', 'so']);

/** 32-bit FNV-1a of a string: tiny, fast and the same in training and at run time. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Tokens of text already normalised by crisis.ts: words, and "." / "," as their own tokens. */
export function tokenise(normalised: string): string[] {
  return normalised.split(' ').filter((t) => t.length > 0);
}

/** Which tokens sit in the scope of a negator (up to three words after it, within the clause). */
export function negatedFlags(tokens: readonly string[]): boolean[] {
  const out: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let left = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (CLAUSE_END.has(t)) left = 0;
    else if (left > 0) {
      out[i] = true;
      left--;
    }
    if (NEGATORS.has(t)) left = 3;
  }
  return out;
}

/** The feature strings of one token on its own: the word, and the word marked as negated. */
export function ownFeatures(token: string, negated: boolean): string[] {
  return negated ? [`w:${token}`, `n:${token}`] : [`w:${token}`];
}

export const pairFeature = (prev: string, token: string): string => `b:${prev} ${token}`;

/** Hashed feature indices for the token range [start, end), as used in training. */
export function unitIndices(tokens: readonly string[], negated: readonly boolean[], start: number, end: number, dim: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const t = tokens[i] as string;
    for (const f of ownFeatures(t, negated[i] === true)) out.push(fnv1a(f) % dim);
    out.push(fnv1a(pairFeature(i === start ? '^' : (tokens[i - 1] as string), t)) % dim);
  }
  return out;
}

/** The token ranges scored for one text: sentences, neighbouring pairs, windows of long ones. */
export function unitsOf(tokens: readonly string[]): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i] === '.') {
      if (i > s) sentences.push([s, i]);
      s = i + 1;
    }
  }
  const units: Array<[number, number]> = [];
  for (let k = 0; k < sentences.length; k++) {
    const [a, b] = sentences[k] as [number, number];
    if (b - a <= WINDOW) units.push([a, b]);
    else
      for (let w = a; ; w += STEP) {
        const e = Math.min(b, w + WINDOW);
        units.push([w, e]);
        if (e === b) break;
      }
    const next = sentences[k + 1];
    if (next !== undefined && next[1] - a <= PAIR_MAX) units.push([a, next[1]]);
  }
  return units;
}

/** One linear head: a bias and a weight per hashed bucket. */
export interface Head {
  dim: number;
  bias: number;
  weights: ArrayLike<number>;
}
export interface Heads {
  crisis: Head;
  categories: Head[];
}

// atob, not Buffer: core runs in the browser too (the journal's live check), where Buffer does not exist.
function decode(b64: string, scale: number): Float32Array {
  const bytes = atob(b64);
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = ((bytes.charCodeAt(i) << 24) >> 24) * scale;
  return out;
}

/** The committed weights, Int8 values times a scale, decoded once when first needed. */
let heads: Heads | null = null;
function loaded(): Heads {
  heads ??= {
    crisis: { dim: MODEL.crisis.dim, bias: MODEL.crisis.bias, weights: decode(MODEL.crisis.weights, MODEL.crisis.scale) },
    categories: MODEL.categories.map((c) => ({ dim: c.dim, bias: c.bias, weights: decode(c.weights, c.scale) })),
  };
  return heads;
}

/** The decision settings chosen by cross-validation when the weights were trained. */
export const DECISION = MODEL.decision;

export interface ModelVerdict {
  /** Highest log-odds of crisis language over all scored stretches of the text. */
  logit: number;
  /** The category head's best guess for that stretch. */
  category: ModelCategory;
}

/**
 * Scores one normalised text. Linear: each token's features are hashed once (words repeat, so a
 * per-call cache keeps that cheap), then every unit is a difference of prefix sums.
 */
export function scoreNormalised(normalised: string, model: Heads = loaded()): ModelVerdict | null {
  const tokens = tokenise(normalised);
  if (tokens.length === 0) return null;
  const { crisis } = model;
  const negated = negatedFlags(tokens);
  const own = new Map<string, number>();
  const w = crisis.weights;
  const counts = new Map<string, number>();
  // prefix[i] = sum over tokens before i of (own features + pair with the previous token), and
  // count[i] the number of those features; own[i] is token i's own features, so a stretch starting at i
  // adds the pair with the start marker instead of the pair with the token before.
  const prefix = new Float64Array(tokens.length + 1);
  const count = new Float64Array(tokens.length + 1);
  const ownAt = new Float64Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const key = negated[i] === true ? `!${t}` : t;
    let o = own.get(key);
    if (o === undefined) {
      o = 0;
      const fs = ownFeatures(t, negated[i] === true);
      for (const f of fs) o += w[fnv1a(f) % crisis.dim] as number;
      own.set(key, o);
      counts.set(key, fs.length + 1);
    }
    const pair = i === 0 ? 0 : (w[fnv1a(pairFeature(tokens[i - 1] as string, t)) % crisis.dim] as number);
    prefix[i + 1] = (prefix[i] as number) + o + pair;
    count[i + 1] = (count[i] as number) + (counts.get(key) as number);
    ownAt[i] = o;
  }
  let best = -Infinity;
  let bestUnit: [number, number] = [0, tokens.length];
  for (const [a, b] of unitsOf(tokens)) {
    // Features are weighted 1/√n, n the unit's feature count, so a long stretch of ordinary
    // words cannot outscore one short sentence just by adding up many small weights.
    const n = (count[b] as number) - (count[a] as number);
    const start = (ownAt[a] as number) + (w[fnv1a(pairFeature('^', tokens[a] as string)) % crisis.dim] as number);
    const s = crisis.bias + (start + (prefix[b] as number) - (prefix[a + 1] as number)) / Math.pow(n, NORM_POWER);
    if (s > best) {
      best = s;
      bestUnit = [a, b];
    }
  }
  return { logit: best, category: categoryOf(model, tokens, negated, bestUnit) };
}

function categoryOf(model: Heads, tokens: readonly string[], negated: readonly boolean[], [a, b]: [number, number]): ModelCategory {
  const { categories } = model;
  let best = 0;
  let bestScore = -Infinity;
  categories.forEach((h, k) => {
    const xs = unitIndices(tokens, negated, a, b, h.dim);
    let s = 0;
    for (const i of xs) s += h.weights[i] as number;
    s = h.bias + s / Math.pow(xs.length, NORM_POWER);
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  });
  return MODEL_CATEGORIES[best] as ModelCategory;
}
