import { Link } from 'react-router';
import { useTranslation } from '../i18n/i18n.js';
import { Button } from './Button.js';
import { Loading } from './Loading.js';
import { Page } from './Page.js';

/** The kind answer for an item that is not there (deleted, someone else's, or a wrong link). */
export function ItemNotFound({ title, heading, back }: { title: string; heading: string; back: { to: string; label: string } }) {
  const { t } = useTranslation('shared');
  return (
    <Page title={title} heading={heading} className="not-found">
      <p className="page-lead">{t('item.notFound')}</p>
      <div className="actions">
        <Link to={back.to} className="button button-primary">
          {back.label}
        </Link>
      </div>
    </Page>
  );
}

/** While an item loads, or after it could not be reached, with a way to try again. */
export function ItemPending({
  title,
  heading,
  error,
  retry,
}: {
  title: string;
  heading?: string;
  error: string | null;
  retry: () => void;
}) {
  const { t } = useTranslation('shared');
  return (
    <Page title={title} heading={heading}>
      {error === null ? <Loading /> : null}
      {error !== null ? (
        <>
          <p className="notice notice-error">{error}</p>
          <Button onClick={retry}>{t('item.tryAgain')}</Button>
        </>
      ) : null}
    </Page>
  );
}
