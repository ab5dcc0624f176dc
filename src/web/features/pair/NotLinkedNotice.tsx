import { Link } from 'react-router';
import { Page } from '../../components/Page.js';
import { useTranslation } from '../../i18n/i18n.js';

/** A pair screen opened by someone not (or no longer) linked: a kind way back. */
export function NotLinkedNotice({ title }: { title: string }) {
  const { t } = useTranslation('pair');
  return (
    <Page title={title} heading={t('notLinkedNotice.heading')}>
      <p className="page-lead">{t('notLinkedNotice.lead')}</p>
      <div className="actions">
        <Link to="/pair" className="button button-primary">
          {t('notLinkedNotice.go')}
        </Link>
      </div>
    </Page>
  );
}
