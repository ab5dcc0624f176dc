import { CreatePracticeBody, PRACTICE_NAME_MAX, SUGGESTED_PRACTICES, type Practice } from '../../../contracts/social/practices.js';
import { Button } from '../../components/Button.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { formatLocale, useTranslation } from '../../i18n/i18n.js';
import { formatDayKey } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { PeopleLinks } from './PeopleLinks.js';
import { failure } from './queries.js';
import { useAddPracticeIdea, useArchivePractice, useCreatePractice, usePractices, useTickPractice } from './socialQueries.js';
import type { SocialT } from './words.js';

/** The last few days, today first, to tick a day that slipped by. */
function recentDays(today: string, n: number): string[] {
  const t = new Date(`${today}T12:00:00Z`).getTime();
  return Array.from({ length: n }, (_, i) => new Date(t - i * 86_400_000).toISOString().slice(0, 10));
}

function shortDay(t: SocialT, day: string, today: string): string {
  if (day === today) return t('practices.today');
  return new Intl.DateTimeFormat(formatLocale(), { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** The server's ideas are its English list; each is offered in the person's language, and saved as shown. */
function ideaWords(t: SocialT, idea: string): string {
  const index = (SUGGESTED_PRACTICES as readonly string[]).indexOf(idea);
  return index < 0 ? idea : t(`practices.idea.${index as 0 | 1 | 2 | 3 | 4 | 5 | 6}`);
}

/** Small daily practices, ticked off as counts of days: a day missed takes nothing away. */
export function PracticesPage() {
  const { t } = useTranslation('social');
  const query = usePractices();
  const state = loaded(query);
  const createPractice = useCreatePractice();
  const addIdea = useAddPracticeIdea();
  const form = useSteadyForm({
    schema: CreatePracticeBody,
    defaultValues: { name: '' },
    fieldMessages: (v) => ({ name: v.name.trim() ? t('practices.nameLong') : t('practices.nameMissing') }),
    invalidMessage: null,
    onSubmit: async ({ name }) => {
      await createPractice(name);
      form.reset({ name: '' });
      form.setNotice({ text: t('practices.added', { name }), tone: 'success' });
    },
  });

  function add(name: string) {
    if (addIdea.isPending) return;
    addIdea.mutate(name, {
      onSuccess: () => form.setNotice({ text: t('practices.added', { name }), tone: 'success' }),
      onError: (err) => form.setNotice({ text: failure(err) ?? '', tone: 'error' }),
    });
  }

  const ideas =
    state.status === 'ready'
      ? state.data.suggestions.map((s) => ideaWords(t, s)).filter((s) => !state.data.items.some((p) => p.name === s))
      : [];

  return (
    <Page title={t('practices.title')} lead={t('practices.lead')} className="people practices">
      <PeopleLinks />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? (
        <>
          <p className="notice notice-error">{state.message}</p>
          <Button onClick={() => void query.refetch()}>{t('tryAgain')}</Button>
        </>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <section aria-labelledby="practices-heading">
            <h2 id="practices-heading">{t('practices.heading')}</h2>
            {state.data.items.length === 0 ? <p className="muted">{t('practices.empty')}</p> : null}
            <ul className="moment-list" aria-label={t('practices.heading')}>
              {state.data.items.map((p) => (
                <PracticeItem key={p.id} practice={p} today={state.data.today} />
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="add-practice-heading">
            <h2 id="add-practice-heading">{t('practices.add')}</h2>
            {ideas.length ? (
              <>
                <p className="field-label-small" id="practice-ideas">
                  {t('practices.ideas')}
                </p>
                <ul className="toggle-chips" aria-labelledby="practice-ideas">
                  {ideas.map((s) => (
                    <li key={s}>
                      <button type="button" className="toggle-chip" onClick={() => add(s)}>
                        {s}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <FormShell form={form} className="form">
              <Field label={t('practices.own')} error={form.errors.name} id="practice-name">
                {(a11y) => (
                  <input
                    {...a11y}
                    name="name"
                    className="input"
                    maxLength={PRACTICE_NAME_MAX}
                    value={form.values.name}
                    onChange={(e) => form.set({ name: e.target.value })}
                  />
                )}
              </Field>
              <div className="actions">
                <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
                  {t('practices.addIt')}
                </Button>
              </div>
              <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'info'} />
            </FormShell>
          </section>
        </>
      ) : null}
    </Page>
  );
}

function PracticeItem({ practice, today }: { practice: Practice; today: string }) {
  const { t } = useTranslation('social');
  const tick = useTickPractice();
  const archive = useArchivePractice();
  const error = failure(tick.error ?? archive.error);
  const done = new Set(practice.recentDays);
  if (practice.doneToday) done.add(today);

  return (
    <li className="moment practice">
      <p className="moment-head">{practice.name}</p>
      <p className="muted">{t('practices.counts', practice.days)}</p>
      <ul className="toggle-chips practice-days" aria-label={t('practices.tickLabel', { name: practice.name })}>
        {recentDays(today, 7).map((day) => (
          <li key={day}>
            <button
              type="button"
              className="toggle-chip"
              aria-pressed={done.has(day)}
              aria-label={day === today ? t('practices.today') : formatDayKey(day)}
              onClick={() => {
                archive.reset();
                tick.mutate({ id: practice.id, day, done: !done.has(day) });
              }}
            >
              {shortDay(t, day, today)}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <Button
          variant="quiet"
          onClick={() => {
            tick.reset();
            archive.mutate(practice.id);
          }}
        >
          {t('practices.putAway')}
          <span className="visually-hidden">{t('practices.quoted', { name: practice.name })}</span>
        </Button>
      </div>
      <FormMessage message={error} tone="error" />
    </li>
  );
}
