import { useState } from 'react';
import { INSTRUMENTS } from '../../../contracts/support/instruments.js';
import { PutSocialReviewBody, REVIEW_TEXT_MAX, type SocialReview } from '../../../contracts/social/social-reviews.js';
import { useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisSupport } from '../../components/CrisisAwareTextField.js';
import { Field } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { FormShell } from '../../forms/FormShell.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';
import { dayKey } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { ChartFigure, PointLines } from '../reassurance/insights/charts.js';
import { monthWords } from './InvitationsPage.js';
import { PeopleLinks } from './PeopleLinks.js';
import type { ReviewList } from './socialApi.js';
import { usePutSocialReview, useSocialReviews } from './socialQueries.js';

const UCLA3 = INSTRUMENTS.ucla3;
/** The chart's data key and colour class, not words. */
const SCORE_SERIES = { key: 'score', tone: 'tone-primary' };
const PROMPTS = ['strengthened', 'weakened', 'adjust', 'win'] as const;
type TextKey = (typeof PROMPTS)[number];
type Values = Record<TextKey, string> & { answers: (number | null)[] };

function optionsOf(index: number) {
  const item = UCLA3.items[index];
  return (typeof item === 'object' ? item.options : UCLA3.options) ?? [];
}

/** The monthly look back: a guided reflection, the three UCLA loneliness questions, and the trend over months. */
export function SocialReviewPage() {
  const { t } = useTranslation('social');
  const user = useUser();
  const month = dayKey(new Date().toISOString(), user.timeZone).slice(0, 7);
  const query = useSocialReviews();
  const state = loaded(query);
  return (
    <Page title={t('review.title')} lead={t('review.lead', { month: monthWords(month) })} className="people social-review">
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
          <ReviewForm key={month} month={month} existing={state.data.items.find((r) => r.month === month) ?? null} />
          <Trend data={state.data} />
        </>
      ) : null}
    </Page>
  );
}

function ReviewForm({ month, existing }: { month: string; existing: SocialReview | null }) {
  const { t } = useTranslation('social');
  const user = useUser();
  const putReview = usePutSocialReview();
  const [serverCrisis, setServerCrisis] = useState(false);
  const form = useSteadyForm({
    schema: PutSocialReviewBody,
    defaultValues: {
      strengthened: existing?.strengthened ?? '',
      weakened: existing?.weakened ?? '',
      adjust: existing?.adjust ?? '',
      win: existing?.win ?? '',
      answers: UCLA3.items.map((_, i) => existing?.ucla3?.answers[i] ?? null),
    } satisfies Values,
    toBody: (v) => {
      const complete = v.answers.every((a) => a !== null);
      return {
        ...Object.fromEntries(PROMPTS.map((k) => [k, v[k].trim() ? v[k] : null])),
        // None answered leaves the saved answers as they are; some answered is caught below.
        ...(complete ? { ucla3: v.answers } : {}),
      };
    },
    fieldMessages: Object.fromEntries(PROMPTS.map((k) => [k, t('review.tooLong', { max: REVIEW_TEXT_MAX })])),
    invalidMessage: t('checkAgain'),
    keptMessage: t('keptWords'),
    onSubmit: async (body) => {
      // All three questions or none: the score needs every answer. Focus goes to the first one left.
      const { answers } = form.form.getValues();
      const gap = answers.indexOf(null);
      if (gap >= 0 && answers.some((a) => a !== null)) {
        const words = t('review.allThree');
        form.showErrors({ [`ucla${gap}`]: words, ucla3: words }, t('checkAgain'));
        return;
      }
      const res = await putReview(month, body);
      setServerCrisis(res.safety.crisis);
      form.setNotice({ text: t('review.saved'), tone: 'success' });
    },
  });
  const { values, errors, set: update } = form;

  return (
    <FormShell form={form} className="form">
      <section className="card" aria-labelledby="reflect-heading">
        <h2 id="reflect-heading">{t('review.lookingBack')}</h2>
        <p className="muted">{t('review.any')}</p>
        {PROMPTS.map((k) => (
          <Field key={k} label={t(`review.prompt.${k}`)} optional error={errors[k]}>
            {(a11y) => (
              <textarea
                {...a11y}
                name={k}
                className="input textarea textarea-short"
                rows={2}
                maxLength={REVIEW_TEXT_MAX}
                value={values[k]}
                onChange={(e) => update({ [k]: e.target.value })}
              />
            )}
          </Field>
        ))}
        <CrisisSupport text={PROMPTS.map((k) => values[k]).join('\n')} region={user.region} flagged={serverCrisis} />
      </section>
      <section className="card" aria-labelledby="ucla-heading">
        <h2 id="ucla-heading">{t('review.questions')}</h2>
        <p className="muted">{t('review.questionsLead')}</p>
        {UCLA3.items.map((_, i) => (
          <fieldset key={i} className="question">
            <legend>
              <span className="question-number">{i + 1}.</span> {t(`review.ucla.item.${i as 0 | 1 | 2}`)}
            </legend>
            <div className="question-options">
              {optionsOf(i).map((o) => (
                <label key={o.value} className="choice question-option">
                  <input
                    type="radio"
                    name={`ucla${i}`}
                    value={o.value}
                    checked={values.answers[i] === o.value}
                    onChange={() => update({ answers: values.answers.map((a, j) => (j === i ? o.value : a)) })}
                  />{' '}
                  {t(`review.ucla.option.${o.value as 1 | 2 | 3}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p className="field-error" aria-live="polite">
          {errors.ucla3 ?? null}
        </p>
        <p className="result-source">
          <span className="muted">{t('review.source')}</span>
          {UCLA3.source}
        </p>
      </section>
      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
          {t('review.save')}
        </Button>
      </div>
      <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'info'} />
    </FormShell>
  );
}

function Trend({ data }: { data: ReviewList }) {
  const { t } = useTranslation('social');
  const labels = data.trend.map((p) => monthWords(p.month));
  return (
    <section aria-labelledby="trend-heading" className="interaction-history">
      <h2 id="trend-heading">{t('review.overMonths')}</h2>
      <p>{t(`review.direction.${data.direction.direction ?? 'none'}`)}</p>
      {data.trend.length ? (
        <p className="ucla-scores">{t('review.scores', { list: data.trend.map((p, i) => `${labels[i]}: ${p.score}`).join(' · ') })}</p>
      ) : null}
      <ChartFigure
        caption={t('review.chartCaption')}
        basis={t('review.basis', { count: data.trend.length })}
        enough={data.trend.length >= 2}
        notEnough={t('review.notEnough')}
        table={
          <table className="data-table">
            <caption>{t('review.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invitations.month')}</th>
                <th scope="col">{t('review.score')}</th>
              </tr>
            </thead>
            <tbody>
              {data.trend.map((p, i) => (
                <tr key={p.month}>
                  <td>{labels[i]}</td>
                  <td>{p.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <PointLines xLabels={labels} series={[{ ...SCORE_SERIES, values: data.trend.map((p) => p.score) }]} />
      </ChartFigure>
    </section>
  );
}
