import { NavLink } from 'react-router';
import { useSession } from '../../auth/session.js';
import { useTranslation } from '../../i18n/i18n.js';
import { useOnline } from '../../offline/useOnline.js';
import { useInboxCopy, useWaitingCount } from './queries.js';

/**
 * A quiet way into the inbox from every signed-in screen: a bell and, when something waits, a
 * plain number beside it. No red badge and no urgency: a reminder is an offer, not a debt.
 */
export function Bell({ userId }: { userId: string }) {
  const { t } = useTranslation('notifications');
  const { state } = useSession();
  const online = useOnline();
  const confirmed = state.status === 'signedIn' && !state.fromDevice;
  const server = useWaitingCount(online && confirmed);
  const copy = useInboxCopy(userId);
  const count = server.data ?? copy.data?.page.unread ?? 0;
  return (
    <NavLink to="/notifications" className="bell" aria-label={t('bell.label', { count })}>
      <svg className="bell-mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M12 3a5 5 0 0 0-5 5v3.2c0 .9-.3 1.8-.9 2.5L5 15.2V17h14v-1.8l-1.1-1.5a4.2 4.2 0 0 1-.9-2.5V8a5 5 0 0 0-5-5Zm-2 15.5a2 2 0 0 0 4 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {count > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </NavLink>
  );
}
