import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { detectCrisis, containsCrisisLanguage, type CrisisCategory } from './crisis.js';
import { positive, negative } from './crisis.cases.js';

describe('crisis test set', () => {
  it('has at least 120 positive and 120 negative sentences', () => {
    expect(positive.length).toBeGreaterThanOrEqual(120);
    expect(negative.length).toBeGreaterThanOrEqual(120);
  });

  it('has no sentence in both sets and no duplicates', () => {
    const pos = new Set(positive);
    expect(pos.size).toBe(positive.length);
    expect(new Set(negative).size).toBe(negative.length);
    expect(negative.filter((s) => pos.has(s))).toEqual([]);
  });
});

describe('detectCrisis: positives', () => {
  it.each(positive.map((s) => [s]))('detects: %s', (sentence) => {
    const result = detectCrisis(sentence);
    expect(result.crisis).toBe(true);
    expect(result.categories.length).toBeGreaterThan(0);
  });
});

describe('detectCrisis: negatives', () => {
  it.each(negative.map((s) => [s]))('does not flag: %s', (sentence) => {
    expect(detectCrisis(sentence)).toEqual({ crisis: false, categories: [] });
  });
});

describe('detectCrisis: categories', () => {
  const cases: Array<[string, CrisisCategory]> = [
    ['I want to kill myself', 'suicide'],
    ["I don't want to wake up anymore", 'passive'],
    ['everyone would be better off without me', 'burden'],
    ["I've been giving my things away", 'farewell'],
    ["I've been cutting myself again", 'self_harm'],
    ['I have the pills saved up', 'plan'],
  ];
  it.each(cases)('%s → %s', (sentence, category) => {
    expect(detectCrisis(sentence).categories).toContain(category);
  });

  it('reports several categories in a fixed order without duplicates', () => {
    const r = detectCrisis('I want to die. I have the pills saved up. Everyone would be better off without me. I want to die.');
    expect(r.categories).toEqual(['suicide', 'burden', 'plan']);
  });

  it('returns only categories, never the matched words', () => {
    const r = detectCrisis('I want to die');
    expect(Object.keys(r).sort()).toEqual(['categories', 'crisis']);
    expect(JSON.stringify(r)).not.toContain('die');
  });
});

describe('detectCrisis: normalisation', () => {
  it.each([
    ["I don't want to be here anymore"],
    ['I don’t want to be here anymore'],
    ['I dont want to be here anymore'],
    ['I do not want to be here anymore'],
    ['I  DON’T   want to be\n here  any more'],
    ['Ｉ ｄｏｎ＇ｔ want to be here anymore'],
  ])('reads %j the same way', (s) => {
    expect(detectCrisis(s).crisis).toBe(true);
  });

  it('treats a flipped wish as a wish to live', () => {
    expect(detectCrisis("I don't want to die").crisis).toBe(false);
    expect(detectCrisis("I don't really want to die").crisis).toBe(false);
    expect(detectCrisis("I don't want to live").crisis).toBe(true);
  });

  // The evaluation set labels a negated statement about oneself ordinary (negated_other); a
  // present urge next to it still counts (crisis.cases.ts).
  it('reads a negated statement about oneself as ordinary', () => {
    expect(detectCrisis("I'm not suicidal").crisis).toBe(false);
    expect(detectCrisis('I would never hurt myself').crisis).toBe(false);
    expect(detectCrisis("I'd never cut myself again, but the urge is there.").crisis).toBe(true);
  });

  it('lets a recovery story rest unless something points at now', () => {
    expect(detectCrisis("I used to self-harm years ago and I'm proud of my recovery.").crisis).toBe(false);
    expect(detectCrisis("I used to self-harm years ago and I'm proud of my recovery, but lately the urges are back.").crisis).toBe(true);
    expect(detectCrisis('I used to self-harm.').crisis).toBe(true);
  });
});

describe('detectCrisis: robustness', () => {
  it('handles empty and whitespace-only input', () => {
    expect(detectCrisis('')).toEqual({ crisis: false, categories: [] });
    expect(detectCrisis('   \n\t ')).toEqual({ crisis: false, categories: [] });
  });

  it('does not throw on non-strings that slip past the types', () => {
    expect(detectCrisis(undefined as unknown as string).crisis).toBe(false);
    expect(detectCrisis(42 as unknown as string).crisis).toBe(false);
  });

  // fast-check 4 removed fc.fullUnicodeString; fc.string with unit 'grapheme' covers the same
  // ground (every code point, combined into user-perceived characters).
  it('never throws on arbitrary full-unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const r = detectCrisis(s);
        expect(typeof r.crisis).toBe('boolean');
        expect(Array.isArray(r.categories)).toBe(true);
        expect(r.crisis).toBe(r.categories.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary binary strings (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        expect(() => detectCrisis(s)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on word salad built from the loaded vocabulary', () => {
    const words = [
      'i',
      'want',
      'to',
      'die',
      'kill',
      'myself',
      'not',
      "don't",
      'dont',
      'end',
      'it',
      'all',
      'pills',
      'saved',
      'cut',
      'hurt',
      'if',
      'was',
      'gone',
      'better',
      'off',
      'without',
      'me',
      '.',
      ',',
      '’',
      'suicidal',
      'wake',
      'up',
      'anymore',
      'goodbye',
      'letters',
      'by',
      'the',
      'time',
      'you',
      'read',
      'this',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 200 }), (ws) => {
        expect(() => detectCrisis(ws.join(' '))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectCrisis: positives survive surrounding benign text', () => {
  const benign = [
    'Made pancakes this morning.',
    'The bus was late again.',
    'My sister sent a photo of her new puppy.',
    'We talked about the weekend and the weather.',
    'I finished the chapter on boundaries.',
    'Work was busy but okay.',
    'The park was quiet and green.',
    'I watered the tomatoes.',
    'He replied after lunch.',
    'Tea, toast, and a long walk.',
  ];
  it('is still detected inside random benign paragraphs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...positive),
        fc.array(fc.constantFrom(...benign), { maxLength: 6 }),
        fc.array(fc.constantFrom(...benign), { maxLength: 6 }),
        fc.constantFrom(' ', '\n', '\n\n', '  '),
        (sentence, before, after, sep) => {
          const text = [...before, sentence, ...after].join(sep);
          expect(detectCrisis(text).crisis).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps negatives quiet inside the same benign paragraphs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...negative),
        fc.array(fc.constantFrom(...benign), { maxLength: 6 }),
        fc.array(fc.constantFrom(...benign), { maxLength: 6 }),
        (sentence, before, after) => {
          expect(detectCrisis([...before, sentence, ...after].join(' ')).crisis).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('detectCrisis: long input', () => {
  const filler = 'Today I walked to the shop, bought bread and apples, and thought about what to cook for dinner. ';

  it('finds one veiled phrase in a 20,000-character text', () => {
    const half = filler.repeat(Math.ceil(10_000 / filler.length));
    const text = `${half}Sometimes I think everyone would be better off without me. ${half}`;
    expect(text.length).toBeGreaterThanOrEqual(20_000);
    expect(detectCrisis(text)).toEqual({ crisis: true, categories: ['burden'] });
  });

  it('stays quiet on a 20,000-character benign text', () => {
    const text = filler.repeat(Math.ceil(20_000 / filler.length));
    expect(detectCrisis(text).crisis).toBe(false);
  });
});

describe('containsCrisisLanguage', () => {
  it('checks any of several fields and skips empty ones', () => {
    expect(containsCrisisLanguage('Dinner with Sam', null, undefined, '', "I don't want to wake up anymore")).toBe(true);
    expect(containsCrisisLanguage('Dinner with Sam', null, undefined, 'It went fine')).toBe(false);
    expect(containsCrisisLanguage()).toBe(false);
  });
});
