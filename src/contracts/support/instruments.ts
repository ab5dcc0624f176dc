/**
 * Questionnaire definitions, as data: items verbatim (a questionnaire's wording is part of what
 * makes it valid), answer options, scoring key, bands and source, copied unchanged from the
 * project's shared instrument files into ./instruments/. The schema below checks them at load, so
 * a definition Steady cannot score exactly fails the build's tests rather than scoring wrongly.
 */
import { z } from 'zod';
import csi4 from './instruments/csi4.json' with { type: 'json' };
import ecrRs from './instruments/ecr-rs.json' with { type: 'json' };
import gad7 from './instruments/gad7.json' with { type: 'json' };
import phq9 from './instruments/phq9.json' with { type: 'json' };
import ucla3 from './instruments/ucla3.json' with { type: 'json' };

export const INSTRUMENT_IDS = ['phq9', 'gad7', 'ucla3', 'ecr-rs', 'csi4'] as const;
export const InstrumentId = z.enum(INSTRUMENT_IDS);
export type InstrumentId = z.infer<typeof InstrumentId>;

const Option = z.object({ value: z.number().int(), label: z.string() });
const Band = z.object({ min: z.number(), max: z.number(), label: z.string(), note: z.string().optional() });

const SumScoring = z.object({
  method: z.literal('sum'),
  min: z.number().int(),
  max: z.number().int(),
  direction: z.string().optional(),
});
const SubscaleScoring = z.object({
  method: z.literal('subscale means'),
  reverse: z.object({ items: z.array(z.number().int().positive()), rule: z.literal('8 - answer') }),
  subscales: z.record(z.string(), z.object({ items: z.array(z.number().int().positive()), range: z.tuple([z.number(), z.number()]) })),
});

export const Instrument = z
  .object({
    id: InstrumentId,
    name: z.string(),
    source: z.string().describe('Citation; shown wherever a result is shown'),
    permission: z.string(),
    stem: z.string().optional(),
    /** Shared answer options, when every item has the same ones. */
    options: z.array(Option).optional(),
    /** Item texts, or items with their own options (CSI-4). Numbered from 1 in scoring keys and messages. */
    items: z.array(z.union([z.string(), z.object({ text: z.string(), options: z.array(Option) })])),
    scoring: z.discriminatedUnion('method', [SumScoring, SubscaleScoring]),
    bands: z.array(Band),
    flags: z.array(z.object({ id: z.string(), when: z.string(), action: z.string() })).optional(),
    reliableChange: z.object({ points: z.number().int().positive(), note: z.string() }).optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'Instrument' });
export type Instrument = z.infer<typeof Instrument>;

export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  phq9: Instrument.parse(phq9),
  gad7: Instrument.parse(gad7),
  ucla3: Instrument.parse(ucla3),
  'ecr-rs': Instrument.parse(ecrRs),
  csi4: Instrument.parse(csi4),
};

/** The answer options of item `index` (0-based). */
export function optionsOf(instrument: Instrument, index: number): ReadonlyArray<z.infer<typeof Option>> {
  const item = instrument.items[index];
  return (typeof item === 'object' ? item.options : instrument.options) ?? [];
}
