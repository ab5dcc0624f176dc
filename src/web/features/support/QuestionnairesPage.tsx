import { Link } from 'react-router';
import type { Assessment } from '../../../contracts/assessments.js';
import type { Instrument } from '../../../contracts/instruments.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { loaded } from '../../query/loaded.js';
import { useAssessments, useInstruments } from './queries.js';
import { ABOUT, changeLine, scoreLine, SHORT_NAMES } from './results.js';
import { formatLocale } from '../../i18n/i18n.js';

function when(iso: string): string {
  return new Date(iso).toLocaleDateString(formatLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The five questionnaires, and what you answered before. */
export function QuestionnairesPage() {
  const instruments = useInstruments();
  const history = useAssessments();
  const load = loaded({
    data: instruments.data && history.data ? { instruments: instruments.data, history: history.data } : undefined,
    error: instruments.error ?? history.error,
  });
  const retry = () => void Promise.all([instruments.refetch(), history.refetch()]);
  return (
    <Page
      title="Questionnaires"
      lead="Short, well-studied questionnaires to help you notice how you are doing over time. Each one is a screening, not a diagnosis, and your answers stay yours."
      className="questionnaires"
    >
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' || load.status === 'missing' ? (
        <>
          <p className="notice notice-error">{load.status === 'error' ? load.message : 'Something went wrong.'}</p>
          <Button onClick={retry}>Try again</Button>
        </>
      ) : null}
      {load.status === 'ready' ? <Lists instruments={load.data.instruments} history={load.data.history} /> : null}
    </Page>
  );
}

function Lists({ instruments, history }: { instruments: Instrument[]; history: Assessment[] }) {
  const byId = new Map(instruments.map((i) => [i.id, i]));
  return (
    <>
      <section aria-labelledby="q-choose">
        <h2 id="q-choose">Choose one</h2>
        <ul className="questionnaire-list">
          {instruments.map((i) => (
            <li key={i.id}>
              <Link to={`/questionnaires/${i.id}`} className="quick-link">
                <span className="quick-link-title">{SHORT_NAMES[i.id] ?? i.name}</span>
                <span className="quick-link-text">{ABOUT[i.id]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="q-history">
        <h2 id="q-history">What you answered before</h2>
        {history.length === 0 ? <p className="muted">Nothing yet. When you answer one, your results will be listed here.</p> : null}
        <ul className="assessment-history">
          {history.map((a) => {
            const instrument = byId.get(a.instrument);
            if (!instrument) return null;
            const change = changeLine(instrument, a);
            return (
              <li key={a.id} className="card">
                <p className="history-head">
                  <strong>{SHORT_NAMES[a.instrument]}</strong> <span className="muted">· {when(a.createdAt)}</span>
                </p>
                <p>
                  {a.total !== null
                    ? scoreLine(instrument, a)
                    : `Anxiety ${a.subscales?.anxiety ?? '–'}, avoidance ${a.subscales?.avoidance ?? '–'} (each 1 to 7)`}
                </p>
                {change ? <p className="muted">{change}</p> : null}
              </li>
            );
          })}
        </ul>
        {history.length ? <p className="muted">Each of these is a screening, not a diagnosis.</p> : null}
      </section>
      <p>
        <Link to="/support">Finding support</Link>: what to look for in a therapist, and a summary to bring along.
      </p>
    </>
  );
}
