import { Link } from 'react-router';
import { Page } from '../../../components/Page.js';
import type { Loaded } from '../../../query/loaded.js';
import { Loading } from '../../../components/Loading.js';
import { Button } from '../../../components/Button.js';
import { useTranslation } from '../../../i18n/i18n.js';

/** What a pair screen shows when the person is not linked (or no longer is): calm, with a way on. */
export function NotLinked({ title }: { title: string }) {
  const { t } = useTranslation('pair');
  return (
    <Page title={title} lead={t('notLinkedScreen.lead')}>
      <p>{t('notLinkedScreen.text')}</p>
      <div className="actions">
        <Link to="/together" className="button button-secondary">
          {t('notLinkedScreen.back')}
        </Link>
      </div>
    </Page>
  );
}

/** The loading, missing and error states every pair screen shares; renders `ready` otherwise. */
export function PairScreen<T>({
  title,
  load,
  retry,
  ready,
}: {
  title: string;
  load: Loaded<T>;
  retry: () => void;
  ready: (data: T) => React.ReactNode;
}) {
  const { t } = useTranslation();
  if (load.status === 'missing') return <NotLinked title={title} />;
  if (load.status === 'ready') return <>{ready(load.data)}</>;
  return (
    <Page title={title}>
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' ? (
        <>
          <p className="notice notice-error">{load.message}</p>
          <Button onClick={retry}>{t('tryAgain')}</Button>
        </>
      ) : null}
    </Page>
  );
}
