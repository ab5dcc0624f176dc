import { useState } from 'react';
import type { Reciprocity } from '../../../contracts/social/people.js';
import { Loading } from '../../components/Loading.js';
import { useTranslation } from '../../i18n/i18n.js';
import { formatNumber } from '../../lib/dates.js';
import { loaded } from '../../query/loaded.js';
import { useReciprocity } from './queries.js';
import type { SocialT } from './words.js';

const PERIODS = [
  { days: 30, key: 'month' },
  { days: 90, key: 'quarter' },
  { days: 365, key: 'year' },
] as const;

/** One of the server's notes in the person's language: the code and the counts say all it says. */
export function reciprocityNote(
  t: SocialT,
  code: Reciprocity['notes'][number]['code'],
  data: Pick<Reciprocity, 'n' | 'initiated'>,
  name: string,
) {
  return t(`reciprocity.note.${code}`, { name, n: data.n, me: data.initiated.me, them: data.initiated.them });
}

/** Give and take with one person over a period, in counts and a few plain words. */
export function ReciprocityCard({ personId, name }: { personId: string; name: string }) {
  const { t } = useTranslation('social');
  const [days, setDays] = useState<number>(90);
  const state = loaded(useReciprocity(personId, days));
  const one = (n: number | null) => (n === null ? '—' : t('ofFive', { value: formatNumber(n, { maximumFractionDigits: 1 }) }));

  return (
    <section className="card reciprocity" aria-labelledby="reciprocity-heading">
      <h2 id="reciprocity-heading">{t('reciprocity.heading')}</h2>
      <div className="field">
        <label htmlFor="reciprocity-period" className="field-label">
          {t('reciprocity.over')}
        </label>
        <select id="reciprocity-period" className="input select input-auto" value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {PERIODS.map((p) => (
            <option key={p.days} value={p.days}>
              {t(`reciprocity.period.${p.key}`)}
            </option>
          ))}
        </select>
      </div>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' && state.data.n === 0 ? <p>{t('reciprocity.none', { name })}</p> : null}
      {state.status === 'ready' && state.data.n > 0 ? (
        <>
          <dl className="typical">
            <div>
              <dt>{t('reciprocity.times')}</dt>
              <dd>{formatNumber(state.data.n)}</dd>
            </div>
            <div>
              <dt>{t('reciprocity.whoReached')}</dt>
              <dd>{t('reciprocity.reached', { name, ...state.data.initiated })}</dd>
            </div>
            <div>
              <dt>{t('reciprocity.help')}</dt>
              <dd>{t('reciprocity.helped', state.data.help)}</dd>
            </div>
            <div>
              <dt>{t('reciprocity.warmth')}</dt>
              <dd>{one(state.data.meanWarmth)}</dd>
            </div>
            <div>
              <dt>{t('reciprocity.support')}</dt>
              <dd>{one(state.data.meanSupport)}</dd>
            </div>
          </dl>
          {state.data.notes.length ? (
            <ul className="plain-list reciprocity-notes" aria-label={t('reciprocity.notice')}>
              {state.data.notes.map((n) => (
                <li key={n.code}>{reciprocityNote(t, n.code, state.data, name)}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('reciprocity.even')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
