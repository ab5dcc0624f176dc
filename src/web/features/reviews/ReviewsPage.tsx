import { useState, type FormEvent } from 'react';
import type { Review, ReviewState } from '../../../contracts/reviews.js';
import { SubmitReviewBody } from '../../../contracts/reviews.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { TextAreaField } from '../../components/Field.js';
import { RatingField } from '../../components/RatingField.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { loaded } from '../../query/loaded.js';
import { validate } from '../../lib/validate.js';
import { shortDay, weekStartOf } from '../../lib/weeks.js';
import { useReview, useSubmitReview } from './queries.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';

const WEEKLY_PROMPTS = ['What went well between us this week?', 'What felt hard?', 'One small thing to try next week'];
const MONTHLY_PROMPTS = ['What shifted for me this month?', 'What helped me most?', 'What do I want to take into next month?'];

function monthStart(timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return `${day.slice(0, 7)}-01`;
}

/** The weekly review together (revealed once both wrote) and the monthly reflection (yours alone). */
export function ReviewsPage() {
  const user = useUser();
  const week = weekStartOf(new Date(), user.timeZone);
  const month = monthStart(user.timeZone);
  return (
    <Page title="Reviews" lead="A pause to look back, kindly. Nothing here is graded." className="reviews">
      <ReviewSection
        kind="weekly"
        periodStart={week}
        heading={`This week, together (from ${shortDay(week)})`}
        intro="Each of you writes on your own. Both are shown together once you have both written, never before."
        prompts={WEEKLY_PROMPTS}
      />
      <ReviewSection
        kind="monthly"
        periodStart={month}
        heading="This month, for you"
        intro="Your monthly reflection is yours alone; your partner never sees it."
        prompts={MONTHLY_PROMPTS}
      />
    </Page>
  );
}

function ReviewSection(props: { kind: 'weekly' | 'monthly'; periodStart: string; heading: string; intro: string; prompts: string[] }) {
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
      {load.status === 'missing' ? <p>The weekly review opens once you and your partner have linked your accounts.</p> : null}
      {load.status === 'error' ? (
        <>
          <p className="notice notice-error">{load.message}</p>
          <Button onClick={() => void query.refetch()}>Try again</Button>
        </>
      ) : null}
      {load.status === 'ready' ? <ReviewBody {...props} state={load.data.review} /> : null}
    </section>
  );
}

function Answers({ review, label }: { review: Review; label: string }) {
  return (
    <div className="review-answers">
      <h3>{label}</h3>
      <dl>
        {review.answers.map((a, i) => (
          <div key={i}>
            <dt>{a.prompt}</dt>
            <dd>{a.text || '—'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ReviewBody({
  kind,
  periodStart,
  intro,
  prompts,
  state,
}: {
  kind: 'weekly' | 'monthly';
  periodStart: string;
  intro: string;
  prompts: string[];
  state: ReviewState;
}) {
  const user = useUser();
  const [texts, setTexts] = useState<string[]>(() => prompts.map((p) => state.mine?.answers.find((a) => a.prompt === p)?.text ?? ''));
  const [editing, setEditing] = useState(state.mine === null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [crisis, setCrisis] = useState(false);
  const submitReview = useSubmitReview();
  // Two private ratings with the weekly review; they feed only the person's own support signals.
  const [drained, setDrained] = useState(state.myChecks?.drained ?? 5);
  const [secure, setSecure] = useState(state.myChecks?.secure ?? 5);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(SubmitReviewBody, {
      kind,
      periodStart,
      answers: prompts.map((prompt, i) => ({ prompt, text: texts[i] ?? '' })),
      ...(kind === 'weekly' && { checks: { drained, secure } }),
    });
    if (!v.ok) {
      setMessage(Object.values(v.errors)[0] ?? 'Something needs another look.');
      return;
    }
    if (v.data.answers.every((a) => !a.text)) {
      setMessage('Write a little in at least one answer.');
      return;
    }
    setBusy(true);
    try {
      const res = await submitReview(v.data);
      setCrisis(res.safety.crisis);
      setEditing(false);
      setMessage(null);
    } catch (err) {
      setMessage(err instanceof ApiError ? err.friendly : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>{intro}</p>
      {state.status === 'waiting-for-partner' ? (
        <p className="notice" role="status">
          Yours is in. You will both see each other’s once your partner has written theirs.
        </p>
      ) : null}
      {state.status === 'revealed' && state.mine && state.partner ? (
        <div className="review-reveal">
          <Answers review={state.mine} label="You wrote" />
          <Answers review={state.partner} label="Your partner wrote" />
        </div>
      ) : null}
      {editing && state.status !== 'revealed' ? (
        <form onSubmit={(e) => void submit(e)} noValidate className="form">
          {prompts.map((p, i) => (
            <TextAreaField
              key={p}
              label={p}
              name={`${kind}-${i}`}
              rows={3}
              value={texts[i] ?? ''}
              onChange={(e) => setTexts((t) => t.map((x, j) => (j === i ? e.target.value : x)))}
            />
          ))}
          {kind === 'weekly' ? (
            <fieldset className="review-checks">
              <legend>Just for you</legend>
              <p className="field-hint">Your partner never sees these two; they help Steady notice when more support could help.</p>
              <RatingField
                label="How drained do you feel by the ups and downs?"
                value={drained}
                onChange={setDrained}
                name="drained"
                low="not at all"
                high="completely"
              />
              <RatingField
                label="How secure do you feel in the relationship?"
                value={secure}
                onChange={setSecure}
                name="secure"
                low="not at all"
                high="completely"
              />
            </fieldset>
          ) : null}
          <div className="actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
              {kind === 'weekly' ? 'Submit my review' : 'Save my reflection'}
            </Button>
          </div>
        </form>
      ) : null}
      {!editing && state.mine && state.status !== 'revealed' ? (
        <>
          <Answers review={state.mine} label="You wrote" />
          <Button onClick={() => setEditing(true)}>Change my answers</Button>
        </>
      ) : null}
      <FormMessage message={message} tone="error" />
      {crisis ? <CrisisPanel region={user.region} /> : null}
    </>
  );
}
