import { useRef, useState, type FormEvent } from 'react';
import { INSTRUMENTS } from '../../../contracts/instruments.js';
import { PutSocialReviewBody, REVIEW_TEXT_MAX, type SocialReview } from '../../../contracts/social-reviews.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisPanel } from '../../components/CrisisPanel.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { dayKey } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { validate, type FieldErrors } from '../../lib/validate.js';
import { ChartFigure, PointLines } from '../insights/charts.js';
import { useCrisisWatch } from '../../safety/useCrisisWatch.js';
import { monthWords } from './InvitationsPage.js';
import { PeopleLinks } from './PeopleLinks.js';
import type { ReviewList } from './socialApi.js';
import { usePutSocialReview, useSocialReviews } from './socialQueries.js';

const UCLA3 = INSTRUMENTS.ucla3;
const PROMPTS = [
  { key: 'strengthened', label: 'What helped you feel you belong this month?' },
  { key: 'weakened', label: 'What made belonging harder?' },
  { key: 'adjust', label: 'One small thing to adjust next month' },
  { key: 'win', label: 'A win to celebrate, however small' },
] as const;
type TextKey = (typeof PROMPTS)[number]['key'];

function optionsOf(index: number) {
  const item = UCLA3.items[index];
  return (typeof item === 'object' ? item.options : UCLA3.options) ?? [];
}

/** The monthly look back: a guided reflection, the three UCLA loneliness questions, and the trend over months. */
export function SocialReviewPage() {
  const user = useUser();
  const month = dayKey(new Date().toISOString(), user.timeZone).slice(0, 7);
  const query = useSocialReviews();
  const state = loaded(query);
  return (
    <Page
      title="Monthly review"
      lead={`A few quiet minutes to look back on ${monthWords(month)}: what brought you closer to people, and what you’d like next.`}
      className="people social-review"
    >
      <PeopleLinks />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? (
        <>
          <p className="notice notice-error">{state.message}</p>
          <Button onClick={() => void query.refetch()}>Try again</Button>
        </>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <ReviewForm key={month} month={month} existing={state.data.items.find((r) => r.month === month) ?? null} />
          <Trend data={state.data} />
        </>
      ) : null}
    </Page>
  );
}

function ReviewForm({ month, existing }: { month: string; existing: SocialReview | null }) {
  const user = useUser();
  const putReview = usePutSocialReview();
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    strengthened: existing?.strengthened ?? '',
    weakened: existing?.weakened ?? '',
    adjust: existing?.adjust ?? '',
    win: existing?.win ?? '',
  });
  const [answers, setAnswers] = useState<(number | null)[]>(() => UCLA3.items.map((_, i) => existing?.ucla3?.answers[i] ?? null));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [serverCrisis, setServerCrisis] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const crisis = useCrisisWatch(Object.values(texts).join('\n')) || serverCrisis;
  const formRef = useRef<HTMLFormElement>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const answered = answers.filter((a) => a !== null).length;
    if (answered > 0 && answered < answers.length) {
      setErrors({ ucla3: 'Answer all three questions, or leave all three for another time.' });
      formRef.current?.querySelector<HTMLInputElement>(`input[name="ucla${answers.findIndex((a) => a === null)}"]`)?.focus();
      return;
    }
    const body = {
      ...Object.fromEntries(PROMPTS.map((p) => [p.key, texts[p.key].trim() ? texts[p.key] : null])),
      ...(answered ? { ucla3: answers as number[] } : {}),
    };
    const checked = validate(PutSocialReviewBody, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const res = await putReview(month, checked.data);
      setServerCrisis(res.safety.crisis);
      setMessage({ text: 'Your review is saved. You can come back and change it all month.', tone: 'success' });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage({ text: `${err.friendly} What you wrote is still here.`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} noValidate className="form" onSubmit={(e) => void save(e)}>
      <section className="card" aria-labelledby="reflect-heading">
        <h2 id="reflect-heading">Looking back</h2>
        <p className="muted">Answer any, all, or none. A few words are plenty.</p>
        {PROMPTS.map((p) => (
          <Field key={p.key} label={p.label} optional error={errors[p.key]}>
            {(a11y) => (
              <textarea
                {...a11y}
                name={p.key}
                className="input textarea textarea-short"
                rows={2}
                maxLength={REVIEW_TEXT_MAX}
                value={texts[p.key]}
                onChange={(e) => setTexts((t) => ({ ...t, [p.key]: e.target.value }))}
              />
            )}
          </Field>
        ))}
        {crisis ? <CrisisPanel region={user.region} /> : null}
      </section>
      <section className="card" aria-labelledby="ucla-heading">
        <h2 id="ucla-heading">Three questions about connection</h2>
        <p className="muted">
          {UCLA3.stem ?? 'How often do you feel this way?'} These are the three-item UCLA loneliness questions; the same ones each month
          make the trend below.
        </p>
        {UCLA3.items.map((item, i) => (
          <fieldset key={i} className="question">
            <legend>
              <span className="question-number">{i + 1}.</span> {typeof item === 'string' ? item : item.text}
            </legend>
            <div className="question-options">
              {optionsOf(i).map((o) => (
                <label key={o.value} className="choice question-option">
                  <input
                    type="radio"
                    name={`ucla${i}`}
                    value={o.value}
                    checked={answers[i] === o.value}
                    onChange={() => setAnswers((prev) => prev.map((a, j) => (j === i ? o.value : a)))}
                  />{' '}
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p className="field-error" aria-live="polite">
          {errors.ucla3 ?? null}
        </p>
        <p className="result-source">
          <span className="muted">Source: </span>
          {UCLA3.source}
        </p>
      </section>
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          Save this month’s review
        </Button>
      </div>
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
    </form>
  );
}

function Trend({ data }: { data: ReviewList }) {
  const labels = data.trend.map((t) => monthWords(t.month));
  return (
    <section aria-labelledby="trend-heading" className="interaction-history">
      <h2 id="trend-heading">Over the months</h2>
      <p>{data.direction.note}</p>
      {data.trend.length ? (
        <p className="ucla-scores">Scores so far (3 to 9): {data.trend.map((t, i) => `${labels[i]}: ${t.score}`).join(' · ')}</p>
      ) : null}
      <ChartFigure
        caption="UCLA-3 score by month (3 to 9; lower means less lonely)"
        basis={`${data.trend.length} month${data.trend.length === 1 ? '' : 's'}`}
        enough={data.trend.length >= 2}
        notEnough="The trend shows once two months have the three questions answered."
        table={
          <table className="data-table">
            <caption>UCLA-3 score by month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {data.trend.map((t, i) => (
                <tr key={t.month}>
                  <td>{labels[i]}</td>
                  <td>{t.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <PointLines xLabels={labels} series={[{ key: 'score', tone: 'tone-primary', values: data.trend.map((t) => t.score) }]} />
      </ChartFigure>
    </section>
  );
}
