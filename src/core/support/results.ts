/** Stored answers as results: scored afresh from the definitions, each compared with the one before. */
import type { Assessment } from '../../contracts/support/assessments.js';
import { INSTRUMENTS, type InstrumentId } from '../../contracts/support/instruments.js';
import { change, score } from './scoring.js';

export interface StoredAnswers {
  id: string;
  instrument: InstrumentId;
  answers: number[];
  createdAt: string;
}

export function result(current: StoredAnswers, previous: StoredAnswers | undefined): Assessment {
  const instrument = INSTRUMENTS[current.instrument];
  const s = score(instrument, current.answers);
  const c = previous && change(instrument, s, score(instrument, previous.answers));
  return {
    id: current.id,
    instrument: current.instrument,
    answers: current.answers,
    total: s.total,
    band: s.band,
    subscales: s.subscales,
    flags: s.flags,
    change: c ? { previousId: previous.id, difference: c.difference, reliable: c.reliable } : null,
    createdAt: current.createdAt,
  };
}

/** Results for answers in any order, each compared with the same questionnaire's previous one. */
export function results(all: readonly StoredAnswers[]): Assessment[] {
  const ordered = [...all].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const last = new Map<InstrumentId, StoredAnswers>();
  return ordered.map((a) => {
    const r = result(a, last.get(a.instrument));
    last.set(a.instrument, a);
    return r;
  });
}
