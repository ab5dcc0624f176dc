import { Link } from 'react-router';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Loading } from '../../components/Loading.js';
import { useTranslation } from '../../i18n/i18n.js';
import type { Loaded } from '../../query/loaded.js';
import type { ReachOut } from './api.js';
import { failure, useRestFromReachOut } from './queries.js';
import { rhythmWords } from './words.js';

/** People whose wished-for rhythm has come round, as an invitation: nobody is late, nothing is owed. */
export function ReachOutList({ state }: { state: Loaded<ReachOut[]> }) {
  const { t } = useTranslation('social');
  const rest = useRestFromReachOut();
  const resting = rest.isPending ? rest.variables.personId : null;
  const message = rest.isSuccess
    ? { text: t('reachOut.rested', { name: rest.variables.name }), tone: 'success' as const }
    : rest.isError
      ? { text: failure(rest.error), tone: 'error' as const }
      : null;

  return (
    <section className="card reach-out" aria-labelledby="reach-out-heading">
      <h2 id="reach-out-heading">{t('reachOut.heading')}</h2>
      <p className="muted">{t('reachOut.lead')}</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <p className="notice notice-error">{state.message}</p> : null}
      {state.status === 'ready' && state.data.length === 0 ? <p>{t('reachOut.empty')}</p> : null}
      {state.status === 'ready' && state.data.length ? (
        <ul className="reach-out-list" aria-label={t('reachOut.label')}>
          {state.data.map((item) => (
            <li key={item.personId} className="reach-out-item">
              <p className="reach-out-name">
                <Link to={`/people/${item.personId}`}>{item.name}</Link>
              </p>
              <p className="muted">{t('reachOut.since', { count: item.daysSinceContact, rhythm: rhythmWords(t, item.rhythmDays) })}</p>
              <div className="actions">
                <Link to={`/people/${item.personId}#log`} className="button button-secondary">
                  {t('people.log')}
                  <span className="visually-hidden">{t('reachOut.withName', { name: item.name })}</span>
                </Link>
                <Button
                  variant="quiet"
                  busy={resting === item.personId}
                  busyLabel={t('reachOut.resting')}
                  onClick={() => {
                    if (!rest.isPending) rest.mutate({ personId: item.personId, name: item.name });
                  }}
                >
                  {t('reachOut.notThisWeek')}
                  <span className="visually-hidden">{t('reachOut.forName', { name: item.name })}</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
    </section>
  );
}
