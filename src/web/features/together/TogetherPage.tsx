import { Page } from '../../components/Page.js';
import { QuickLinks } from '../../components/QuickLinks.js';

const PLACES = [
  { to: '/pair/requests', title: 'Ask, the way you agreed', text: 'A short request for listening, and your partner’s answer.' },
  { to: '/pair/kudos', title: 'Kudos', text: 'Notice each other’s effort to steady yourselves.' },
  { to: '/pair/stress-plan', title: 'Our stress plan', text: 'If-then steps you write together, for the hard moments.' },
  { to: '/goals', title: 'Goals for the week', text: 'Your own, and ones you share.' },
  { to: '/reviews', title: 'Reviews', text: 'Look back on the week together, and on the month alone.' },
] as const;

export function TogetherPage() {
  return (
    <Page title="Together" lead="The things you and your partner do side by side. What you write alone stays yours.">
      <QuickLinks label="Together" places={PLACES} />
    </Page>
  );
}
