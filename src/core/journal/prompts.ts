// The prompt list is part of the API contract (entries store prompt ids); core re-exports it for its callers.
export { JOURNAL_PROMPTS, JOURNAL_PROMPT_IDS, type JournalPromptId } from '../../contracts/journal/prompts.js';
