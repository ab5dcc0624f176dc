import { Link } from 'react-router';
import type { Assessment } from '../../../contracts/support/assessments.js';
import type { Instrument } from '../../../contracts/support/instruments.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { loaded } from '../../query/loaded.js';
import { useAssessments, useInstruments } from './queries.js';
import { about, changeLine, scoreLine, SHORT_NAMES } from './results.js';
import { formatLocale, Trans, useTranslation } from '../../i18n/i18n.js';

function when(iso: string): string {
  return new Date(iso).toLocaleDateString(formatLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The five questionnaires, and what you answered before. */
export function QuestionnairesPage() {
  const { t } = useTranslation(['questionnaires', 'common']);
  const instruments = useInstruments();
  const history = useAssessments();
  const load = loaded({
    data: instruments.data && history.data ? { instruments: instruments.data, history: history.data } : undefined,
    error: instruments.error ?? history.error,
  });
  const retry = () => void Promise.all([instruments.refetch(), history.refetch()]);
  return (
    <Page title={t('title')} lead={t('lead')} className="questionnaires">
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' || load.status === 'missing' ? (
        <>
          <p className="notice notice-error">{load.status === 'error' ? load.message : t('common:somethingWentWrong')}</p>
          <Button onClick={retry}>{t('common:tryAgain')}</Button>
        </>
      ) : null}
      {load.status === 'ready' ? <Lists instruments={load.data.instruments} history={load.data.history} /> : null}
    </Page>
  );
}

function Lists({ instruments, history }: { instruments: Instrument[]; history: Assessment[] }) {
  const { t } = useTranslation('questionnaires');
  const byId = new Map(instruments.map((i) => [i.id, i]));
  return (
    <>
      <section aria-labelledby="q-choose">
        <h2 id="q-choose">{t('choose')}</h2>
        <ul className="questionnaire-list">
          {instruments.map((i) => (
            <li key={i.id}>
              <Link to={`/questionnaires/${i.id}`} className="quick-link">
                <span className="quick-link-title">{SHORT_NAMES[i.id] ?? i.name}</span>
                <span className="quick-link-text">{about(t, i.id)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="q-history">
        <h2 id="q-history">{t('historyHeading')}</h2>
        {history.length === 0 ? <p className="muted">{t('nothingYet')}</p> : null}
        <ul className="assessment-history">
          {history.map((a) => {
            const instrument = byId.get(a.instrument);
            if (!instrument) return null;
            const change = changeLine(t, instrument, a);
            return (
              <li key={a.id} className="card">
                <p className="history-head">
                  <strong>{SHORT_NAMES[a.instrument]}</strong> <span className="muted">· {when(a.createdAt)}</span>
                </p>
                <p>
                  {a.total !== null
                    ? scoreLine(t, instrument, a)
                    : t('ecrLine', { anxiety: a.subscales?.anxiety ?? '–', avoidance: a.subscales?.avoidance ?? '–' })}
                </p>
                {change ? <p className="muted">{change}</p> : null}
              </li>
            );
          })}
        </ul>
        {history.length ? <p className="muted">{t('screening')}</p> : null}
      </section>
      <p>
        <Trans t={t} i18nKey="findSupport" components={{ a: <Link to="/support" /> }} />
      </p>
    </>
  );
}
