import type { InstrumentId } from '../../../contracts/support/instruments.js';
import type { z } from 'zod';
import type { CreateSupportResourceBody, UpdateSupportResourceBody } from '../../../contracts/support/support.js';
import { call, type Success } from '../../api/call.js';

export type SupportSignals = Success<'getSupportSignals'>;

export const supportApi = {
  instruments: (signal?: AbortSignal) => call('listInstruments', {}, { signal }),
  assessments: (signal?: AbortSignal, instrument?: InstrumentId) =>
    call('listAssessments', { query: { instrument, limit: 100 } }, { signal }),
  submit: (instrument: InstrumentId, answers: number[]) =>
    call('submitAssessment', { body: { instrument, answers } }, { idempotent: true }),
  signals: (signal?: AbortSignal) => call('getSupportSignals', {}, { signal }),
  resources: (signal?: AbortSignal) => call('listSupportResources', {}, { signal }),
  createResource: (body: z.input<typeof CreateSupportResourceBody>) => call('createSupportResource', { body }, { idempotent: true }),
  updateResource: (id: string, body: z.input<typeof UpdateSupportResourceBody>) => call('updateSupportResource', { params: { id }, body }),
  deleteResource: (id: string) => call('deleteSupportResource', { params: { id } }),
};
