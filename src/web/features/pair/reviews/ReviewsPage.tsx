import { useState } from 'react';
import type { ReviewState } from '../../../../contracts/pair/reviews.js';
import { SubmitReviewBody } from '../../../../contracts/pair/reviews.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { CrisisSupport } from '../../../components/CrisisAwareTextField.js';
import { TextAreaField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { loaded } from '../../../query/loaded.js';
import { shortDay, weekStartOf } from '../../../lib/weeks.js';
import { useReview, useSubmitReview } from './queries.js';
import { useLiveEvents } from '../../../live/useLiveEvents.js';
import { usePairState } from '../queries.js';
import { WeeklyReflectionSection } from './WeeklyReflectionSection.js';
import { Answers, WeeklyChecksFields } from './ReviewParts.js';

type Kind = 'weekly' | 'monthly';
const PROMPT_KEYS = {
  weekly: ['weekly.wentWell', 'weekly.hard', 'weekly.tryNext'],
  monthly: ['monthly.shifted', 'monthly.helped', 'monthly.takeInto'],
} as const;

function monthStart(timeZone: string): string {
  // A machine date (YYYY-MM-DD), never shown: en-CA writes it in that order.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return `${day.slice(0, 7)}-01`;
}

/** The weekly review together (revealed once both wrote), or the weekly reflection alone, and the monthly reflection (yours alone). */
export function ReviewsPage() {
  const { t } = useTranslation('reviews');
  const user = useUser();
  const week = weekStartOf(new Date(), user.timeZone);
  const month = monthStart(user.timeZone);
  const pairState = usePairState();
  useLiveEvents(['pair.linked', 'pair.ended']);
  return (
    <Page title={t('title')} lead={t('lead')} className="reviews">
      {pairState.data === undefined && !pairState.isError ? (
        <Loading />
      ) : pairState.isError || pairState.data?.pair ? (
        // Linked, or not known yet: the review's own section asks again and offers to retry.
        <ReviewSection kind="weekly" periodStart={week} heading={t('weekly.heading', { day: shortDay(week) })} intro={t('weekly.intro')} />
      ) : (
        // Not linked: the same look back, on one's own, in the weekly review's place.
        <WeeklyReflectionSection weekStart={week} />
      )}
      <ReviewSection kind="monthly" periodStart={month} heading={t('monthly.heading')} intro={t('monthly.intro')} />
    </Page>
  );
}

function ReviewSection(props: { kind: Kind; periodStart: string; heading: string; intro: string }) {
  const { t } = useTranslation('reviews');
  const { kind, periodStart, heading } = props;
  // The weekly review is the pair's: asked for only once there is a pair (no failed request otherwise).
  const query = useReview(kind, periodStart);
  const load = loaded(query);
  // The partner's changes arrive while this is open (live/invalidation.ts marks what they change).
  useLiveEvents(['review.revealed', 'pair.linked', 'pair.ended']);
  const id = `${kind}-heading`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'missing' ? <p>{t('notLinked')}</p> : null}
      {load.status === 'error' ? (
        <>
          <p className="notice notice-error">{load.message}</p>
          <Button onClick={() => void query.refetch()}>{t('retry')}</Button>
        </>
      ) : null}
      {load.status === 'ready' ? <ReviewBody {...props} state={load.data.review} /> : null}
    </section>
  );
}

interface Values {
  texts: string[];
  drained: number;
  secure: number;
}

function ReviewBody({ kind, periodStart, intro, state }: { kind: Kind; periodStart: string; intro: string; state: ReviewState }) {
  const { t } = useTranslation('reviews');
  const user = useUser();
  // The prompts are asked in the person's language and saved with the answers, as they read them.
  const prompts = PROMPT_KEYS[kind].map((key) => t(key));
  const [editing, setEditing] = useState(state.mine === null);
  // The server's verdict on the words just saved: the support stays for the visit once shown.
  const [flagged, setFlagged] = useState(false);
  const submitReview = useSubmitReview();
  const form = useSteadyForm({
    schema: SubmitReviewBody,
    // Answers are matched by place: the prompts are the same three, whatever the language.
    defaultValues: {
      texts: prompts.map((_, i) => state.mine?.answers[i]?.text ?? ''),
      // Two private ratings with the weekly review; they feed only the person's own support signals.
      drained: state.myChecks?.drained ?? 5,
      secure: state.myChecks?.secure ?? 5,
    },
    toBody: (v: Values) => ({
      kind,
      periodStart,
      answers: prompts.map((prompt, i) => ({ prompt, text: v.texts[i] ?? '' })),
      ...(kind === 'weekly' && { checks: { drained: v.drained, secure: v.secure } }),
    }),
    onSubmit: async (body) => {
      if (body.answers.every((a: { text: string }) => !a.text)) {
        form.setNotice({ text: t('writeSomething'), tone: 'error' });
        return;
      }
      const res = await submitReview(body);
      if (res.safety.crisis) setFlagged(true);
      setEditing(false);
    },
  });
  const { texts, drained, secure } = form.values;

  return (
    <>
      <p>{intro}</p>
      {state.status === 'waiting-for-partner' ? (
        <p className="notice" role="status">
          {t('waiting')}
        </p>
      ) : null}
      {state.status === 'revealed' && state.mine && state.partner ? (
        <div className="review-reveal">
          <Answers answers={state.mine.answers} label={t('youWrote')} />
          <Answers answers={state.partner.answers} label={t('partnerWrote')} />
        </div>
      ) : null}
      {editing && state.status !== 'revealed' ? (
        <FormShell form={form} className="form">
          {prompts.map((p, i) => (
            <TextAreaField
              key={i}
              label={p}
              name={`${kind}-${i}`}
              rows={3}
              value={texts[i] ?? ''}
              onChange={(e) => form.set({ texts: texts.map((x, j) => (j === i ? e.target.value : x)) })}
            />
          ))}
          <CrisisSupport text={texts.join('\n')} region={user.region} where="writing" flagged={flagged} />
          {kind === 'weekly' ? (
            <WeeklyChecksFields
              hint={t('checks.hint')}
              secureLabel={t('checks.secure')}
              drained={drained}
              secure={secure}
              onChange={(change) => form.set(change)}
            />
          ) : null}
          <div className="actions">
            <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
              {kind === 'weekly' ? t('submitWeekly') : t('submitMonthly')}
            </Button>
          </div>
          <FormMessage message={form.notice?.text ?? null} tone="error" />
        </FormShell>
      ) : null}
      {!editing && state.mine && state.status !== 'revealed' ? (
        <>
          <Answers answers={state.mine.answers} label={t('youWrote')} />
          <Button onClick={() => setEditing(true)}>{t('change')}</Button>
        </>
      ) : null}
      {!editing && flagged ? <CrisisSupport text="" region={user.region} flagged /> : null}
    </>
  );
}
