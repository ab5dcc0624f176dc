import { randomUUID } from 'node:crypto';
import type { Assessment } from '../../contracts/support/assessments.js';
import { INSTRUMENTS, type InstrumentId } from '../../contracts/support/instruments.js';
import type { Actor } from '../../core/account/actor.js';
import { result } from '../../core/support/results.js';
import { answerProblems } from '../../core/support/scoring.js';
import { AssessmentsRepo } from '../../db/support/assessments.repo.js';
import { badRequest } from '../problem.js';
import type { ServiceDeps } from '../service.js';

const SELF_HARM_FLAG = 'self-harm-thoughts';

/**
 * 400 naming each answer that does not fit the questionnaire (`<field>.<index>`), or the field
 * itself when the count is wrong; the social review's UCLA-3 answers are checked the same way.
 */
export function refuseWrongAnswers(instrument: InstrumentId, answers: readonly number[], field: string): void {
  const problems = answerProblems(INSTRUMENTS[instrument], answers);
  if (problems.length === 0) return;
  throw badRequest(
    problems.map((p) => ({
      field: p.item === 0 ? field : `${field}.${p.item - 1}`,
      in: 'body' as const,
      message: p.item === 0 ? p.message : `Question ${p.item}: ${p.message}`,
    })),
  );
}

/** Questionnaire answers, scored exactly as published and compared with the person's one before. */
export class AssessmentsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Stores the answers and scores them; a PHQ-9 item 9 answer above 0 is a crisis, whatever the total. */
  async submit(actor: Actor, instrument: InstrumentId, answers: number[]): Promise<{ assessment: Assessment; crisis: boolean }> {
    refuseWrongAnswers(instrument, answers, 'answers');
    const stored = { id: randomUUID(), instrument, answers, createdAt: this.deps.clock().toISOString() };
    const repo = new AssessmentsRepo(this.deps.database.db);
    const previous = await repo.latest(actor, instrument, stored.createdAt);
    await repo.insert(actor, stored);
    const assessment = result(stored, previous);
    return { assessment, crisis: assessment.flags.includes(SELF_HARM_FLAG) };
  }
}
