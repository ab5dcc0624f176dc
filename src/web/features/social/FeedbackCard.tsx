import { useState } from 'react';
import type { Person } from '../../../contracts/social/people.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatDate } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { failure, useCreateFeedbackLink, useFeedbackLinks } from './queries.js';

/**
 * A one-time link to ask how time together was for them. The address exists only in this answer:
 * Steady keeps its hash, so it is shown once, to copy and send.
 */
export function FeedbackCard({ person }: { person: Person }) {
  const { t } = useTranslation('social');
  const user = useUser();
  const state = loaded(useFeedbackLinks(person.id));
  const createLink = useCreateFeedbackLink();
  const made = createLink.data ?? null;
  const [copied, setCopied] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const problem = failure(createLink.error);
  const message = problem ? { text: problem, tone: 'error' as const } : copied;

  async function copy() {
    if (!made) return;
    try {
      await navigator.clipboard.writeText(made.url);
      setCopied({ text: t('feedback.copied'), tone: 'success' });
    } catch {
      setCopied({ text: t('feedback.copyFailed'), tone: 'error' });
    }
  }

  const answered = state.status === 'ready' ? state.data.filter((f) => f.answer) : [];
  const waiting = state.status === 'ready' ? state.data.filter((f) => f.status === 'pending').length : 0;

  return (
    <section className="card feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedback.heading')}</h2>
      <p className="muted">{t('feedback.lead', { name: person.name })}</p>
      {made ? (
        <div className="feedback-link">
          <label htmlFor="feedback-url" className="field-label">
            {t('feedback.yourLink', { name: person.name })}
          </label>
          <input id="feedback-url" className="input" readOnly value={made.url} onFocus={(e) => e.target.select()} />
          <p className="field-hint">{t('feedback.once', { date: formatDate(made.expiresAt, user.timeZone) })}</p>
          <div className="actions">
            <Button onClick={() => void copy()}>{t('feedback.copy')}</Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button
            onClick={() => {
              setCopied(null);
              if (!createLink.isPending) createLink.mutate(person.id);
            }}
            busy={createLink.isPending}
            busyLabel={t('feedback.making')}
          >
            {t('feedback.make')}
          </Button>
        </div>
      )}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {waiting ? <p className="muted">{t('feedback.waiting', { count: waiting })}</p> : null}
      {answered.length ? (
        <ul className="moment-list" aria-label={t('feedback.answers')}>
          {answered.map((f) => (
            <li key={f.id} className="moment feedback-answer">
              <p className="muted moment-when">
                {t('feedback.answered', { date: formatDate(f.answeredAt ?? f.createdAt, user.timeZone) })}
              </p>
              <p className="feedback-q">{t('feedback.supportive')}</p>
              <p className="moment-note">{f.answer!.supportive}</p>
              {f.answer!.different ? (
                <>
                  <p className="feedback-q">{t('feedback.different')}</p>
                  <p className="moment-note">{f.answer!.different}</p>
                </>
              ) : null}
              {f.answer!.other ? (
                <>
                  <p className="feedback-q">{t('feedback.other')}</p>
                  <p className="moment-note">{f.answer!.other}</p>
                </>
              ) : null}
              {f.answer!.crisis ? (
                <>
                  <p>{t('feedback.crisis', { name: person.name })}</p>
                  <CrisisPanel region={user.region} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
