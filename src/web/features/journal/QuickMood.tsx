import { CreateJournalEntryBody } from '../../../contracts/journal/journal.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';
import { useCreateEntry } from './queries.js';

/** Five steps over the 0–10 mood scale: enough to tell days apart, few enough to choose in one tap. */
export const QUICK_MOODS = [
  { key: 'veryLow', mood: 1 },
  { key: 'low', mood: 3 },
  { key: 'okay', mood: 5 },
  { key: 'good', mood: 7 },
  { key: 'veryGood', mood: 9 },
] as const;

type QuickMoodChoice = (typeof QUICK_MOODS)[number];

/** One tap saves a mood as a journal entry with no words; writing stays an offer, not a price. */
export function QuickMood() {
  const { t } = useTranslation('journal');
  const createEntry = useCreateEntry();
  // Each button sends its own mood: the form hook owns busy (no second tap meanwhile) and the problem's sentence.
  const form = useSteadyForm<Record<string, never>, typeof CreateJournalEntryBody, QuickMoodChoice>({
    schema: CreateJournalEntryBody,
    defaultValues: {},
    toBody: (_, choice) => ({ mood: choice.mood }),
    invalidMessage: null,
    onSubmit: async (body, choice) => {
      // The outbox gives each tap its own Idempotency-Key, so a retry never makes a second entry.
      await createEntry.mutateAsync(body);
      form.setNotice({ text: t('quickMood.saved', { label: t(`quickMood.savedAs.${choice.key}`) }), tone: 'success' });
    },
  });

  return (
    <section className="card quick-mood" aria-labelledby="quick-mood-heading">
      <h2 id="quick-mood-heading">{t('quickMood.heading')}</h2>
      <div className="choice-row" role="group" aria-labelledby="quick-mood-heading">
        {QUICK_MOODS.map((m) => (
          <button
            key={m.mood}
            type="button"
            className="button button-secondary"
            disabled={form.busy}
            onClick={() => void form.submitWith(m)}
          >
            {t(`quickMood.moods.${m.key}`)}
          </button>
        ))}
      </div>
      <p role="status" className="muted">
        {form.notice?.text}
      </p>
    </section>
  );
}
