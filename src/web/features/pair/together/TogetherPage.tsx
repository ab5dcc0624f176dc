import { useTranslation } from '../../../i18n/i18n.js';
import { Page } from '../../../components/Page.js';
import { QuickLinks } from '../../../components/QuickLinks.js';

const PLACES = [
  { to: '/pair/requests', key: 'requests' },
  { to: '/pair/kudos', key: 'kudos' },
  { to: '/pair/stress-plan', key: 'stressPlan' },
  { to: '/goals', key: 'goals' },
  { to: '/reviews', key: 'reviews' },
] as const;

export function TogetherPage() {
  const { t } = useTranslation('together');
  return (
    <Page title={t('title')} lead={t('lead')}>
      <QuickLinks label={t('label')} places={PLACES.map(({ to, key }) => ({ to, title: t(`${key}.title`), text: t(`${key}.text`) }))} />
    </Page>
  );
}
