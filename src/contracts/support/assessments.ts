import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf } from '../common.js';
import { Instrument, InstrumentId } from './instruments.js';
import { SafetyVerdict } from './safety.js';

export const SubmitAssessmentBody = z.strictObject({
  instrument: InstrumentId,
  answers: z.array(z.number().int()).max(50).describe('One answer value per item, in order'),
});

export const Assessment = z
  .object({
    id: Id,
    instrument: InstrumentId,
    answers: z.array(z.number().int()),
    total: z.number().int().nullable().describe('Sum score, where the instrument has one'),
    band: z.string().nullable().describe("The band's published label, where one exists; a screening, not a diagnosis"),
    subscales: z.record(z.string(), z.number()).nullable().describe('ECR-RS: mean anxiety and avoidance, 1–7'),
    flags: z.array(z.string()).describe('e.g. "self-harm-thoughts" when PHQ-9 item 9 is above 0'),
    change: z
      .object({
        previousId: Id,
        difference: z.record(z.string(), z.number()),
        reliable: z.enum(['improvement', 'worsening']).nullable().describe('PHQ-9 (≥ 6 points) and GAD-7 (≥ 4) only'),
      })
      .nullable()
      .describe('Against your previous result on the same questionnaire'),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentResponse = z.object({ assessment: Assessment, safety: SafetyVerdict });
export const ListAssessmentsQuery = z.strictObject({ instrument: InstrumentId.optional(), ...PageQuery });
export const AssessmentPage = pageOf(Assessment);
export const InstrumentList = z.object({ items: z.array(Instrument) });
