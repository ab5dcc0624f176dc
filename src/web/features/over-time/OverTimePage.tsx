import { Trans, useTranslation } from '../../i18n/i18n.js';
import { Link } from 'react-router';
import { Page } from '../../components/Page.js';
import { QuickLinks } from '../../components/QuickLinks.js';

/**
 * One place for "how has it changed": each of the three looks back has its own name, so no word
 * means two things (the navigation once called one of them "Insights" while others were too).
 */
const VIEWS = [
  { to: '/insights', key: 'urges' },
  { to: '/cycles/insights', key: 'cycle' },
  { to: '/people/insights', key: 'connections' },
] as const;

export function OverTimePage() {
  const { t } = useTranslation('overTime');
  return (
    <Page title={t('title')} lead={t('lead')}>
      <QuickLinks label={t('label')} places={VIEWS.map(({ to, key }) => ({ to, title: t(`${key}.title`), text: t(`${key}.text`) }))} />
      <p>
        <Trans t={t} i18nKey="therapist" components={{ a: <Link to="/support" /> }} />
      </p>
    </Page>
  );
}
