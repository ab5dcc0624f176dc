/**
 * Writing prompts for the journal, written for Steady. Each invites noticing rather than judging;
 * ids are stable because entries store them.
 */
export const JOURNAL_PROMPTS = [
  { id: 'noticed', text: 'What did you notice in your body the last time you felt unsettled?' },
  { id: 'needed', text: 'What were you hoping to hear today, and could you offer it to yourself?' },
  { id: 'steady', text: 'When did you feel steady today, even for a moment? What helped?' },
  { id: 'trigger', text: 'What set off the worry, and what else was going on around it?' },
  { id: 'kind', text: 'What would you say to a friend who felt the way you feel right now?' },
  { id: 'uncertain', text: 'What are you unsure about right now, and what do you know for certain?' },
  { id: 'connection', text: 'Who did you feel close to this week, and what made it feel that way?' },
  { id: 'effort', text: 'What small effort did you make today that deserves credit?' },
] as const;

export type JournalPromptId = (typeof JOURNAL_PROMPTS)[number]['id'];
export const JOURNAL_PROMPT_IDS = JOURNAL_PROMPTS.map((p) => p.id) as [JournalPromptId, ...JournalPromptId[]];
