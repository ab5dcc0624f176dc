import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { CHANNELS } from '../../../contracts/social/interactions.js';
import type { Person } from '../../../contracts/social/people.js';
import { Button } from '../../components/Button.js';
import { FormMessage } from '../../components/FormMessage.js';
import { useTranslation } from '../../i18n/i18n.js';
import { failure, useQuickLog } from './queries.js';

/**
 * Two taps: "Log time together", then how. It is saved as just now, started by both of you, and
 * middling warmth and support (3 of 5); "Add how it felt" opens the full form for that one.
 */
export function QuickLog({ person }: { person: Person }) {
  const { t } = useTranslation('social');
  const quickLog = useQuickLog();
  const [open, setOpen] = useState(false);
  const firstChannel = useRef<HTMLButtonElement>(null);
  const saving = quickLog.isPending ? quickLog.variables.channel : null;
  const logged = quickLog.isSuccess ? quickLog.data.interaction : null;
  const error = failure(quickLog.error);

  return (
    <section id="log" className="card quick-log" aria-labelledby="quick-log-heading" tabIndex={-1}>
      <h2 id="quick-log-heading">{t('quickLog.heading')}</h2>
      {!open ? (
        <div className="actions">
          <Button
            variant="primary"
            aria-expanded={false}
            onClick={() => {
              setOpen(true);
              quickLog.reset();
              requestAnimationFrame(() => firstChannel.current?.focus());
            }}
          >
            {t('people.log')}
          </Button>
          <Link to={`/people/log?person=${person.id}`} className="button button-quiet">
            {t('quickLog.more')}
          </Link>
        </div>
      ) : (
        <fieldset className="field quick-channels">
          <legend className="field-label">{t('quickLog.how', { name: person.name })}</legend>
          <p className="field-hint">{t('quickLog.hint')}</p>
          <ul className="toggle-chips">
            {CHANNELS.map((c, i) => (
              <li key={c}>
                <button
                  type="button"
                  ref={i === 0 ? firstChannel : undefined}
                  className="toggle-chip"
                  onClick={() => {
                    if (quickLog.isPending) return;
                    quickLog.mutate({ personId: person.id, channel: c }, { onSuccess: () => setOpen(false) });
                  }}
                >
                  {saving === c ? t('saving') : t(`channel.${c}`)}
                </button>
              </li>
            ))}
          </ul>
          <div className="actions">
            <Button variant="quiet" onClick={() => setOpen(false)}>
              {t('quickLog.notNow')}
            </Button>
          </div>
        </fieldset>
      )}
      <FormMessage
        message={
          logged
            ? t('quickLog.logged', { how: t(`channelLower.${logged.channel}`), name: person.name })
            : error
              ? t('quickLog.failed', { problem: error })
              : null
        }
        tone={logged ? 'success' : 'error'}
      />
      {logged ? (
        <p>
          <Link to={`/people/log?edit=${logged.id}`} state={{ interaction: logged }}>
            {t('quickLog.addFeeling')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
