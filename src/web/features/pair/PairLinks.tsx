import { useTranslation } from '../../i18n/i18n.js';
import { QuickLinks } from '../../components/QuickLinks.js';

/** Everything two partners do side by side, one tap from the partner page (they were once reached only from home). */
const TOGETHER = [
  { to: '/pair/check-in', key: 'checkIn' },
  { to: '/pair/requests', key: 'requests' },
  { to: '/pair/kudos', key: 'kudos' },
  { to: '/pair/stress-plan', key: 'stressPlan' },
  { to: '/goals', key: 'goals' },
  { to: '/reviews', key: 'reviews' },
  { to: '/cycles', key: 'cycles' },
] as const;

/** Before linking: what works on your own meanwhile. */
const ON_YOUR_OWN = [
  { to: '/cycles', key: 'ownCycles' },
  { to: '/goals', key: 'ownGoals' },
  { to: '/reviews', key: 'ownReviews' },
] as const;

export function PairLinks({ linked }: { linked: boolean }) {
  const { t } = useTranslation('pair');
  const places = (linked ? TOGETHER : ON_YOUR_OWN).map(({ to, key }) => ({
    to,
    title: t(`links.${key}.title`),
    text: t(`links.${key}.text`),
  }));
  return (
    <section className="pair-links" aria-labelledby="pair-links-heading">
      <h2 id="pair-links-heading">{linked ? t('links.together') : t('links.alone')}</h2>
      <QuickLinks labelledBy="pair-links-heading" places={places} />
    </section>
  );
}
