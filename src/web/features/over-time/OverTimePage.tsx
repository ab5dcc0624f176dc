import { Link } from 'react-router';
import { Page } from '../../components/Page.js';
import { QuickLinks } from '../../components/QuickLinks.js';

/**
 * One place for "how has it changed": each of the three looks back has its own name, so no word
 * means two things (the navigation once called one of them "Insights" while others were too).
 */
const VIEWS = [
  {
    to: '/insights',
    title: 'My urges over time',
    text: 'How often the pull to ask came, what you did, how long relief lasted and which tools helped.',
  },
  {
    to: '/cycles/insights',
    title: 'Our cycle over time',
    text: 'How often chasing and pulling back came round, and whether it is easing.',
  },
  {
    to: '/people/insights',
    title: 'My connections over time',
    text: 'Who you were in touch with, across the parts of your life, and how it felt.',
  },
] as const;

export function OverTimePage() {
  return (
    <Page title="Over time" lead="Looking back, kindly: each view shows how much it stands on, and says so when there is not enough yet.">
      <QuickLinks label="Over time" places={VIEWS} />
      <p>
        Want something to bring to a therapist? <Link to="/support">Finding support</Link> can put a summary together.
      </p>
    </Page>
  );
}
