import { QuickLinks } from '../../components/QuickLinks.js';

/** Everything two partners do side by side, one tap from the partner page (they were once reached only from home). */
const TOGETHER = [
  { to: '/pair/check-in', title: 'Check-in', text: 'Your agreed time to talk through what you set aside.' },
  { to: '/pair/requests', title: 'Ask, the way you agreed', text: 'A short request for listening, and your partner’s answer.' },
  { to: '/pair/kudos', title: 'Kudos', text: 'Notice each other’s effort to steady yourselves.' },
  { to: '/pair/stress-plan', title: 'Our stress plan', text: 'If-then steps you write together, for the hard moments.' },
  { to: '/goals', title: 'Goals for the week', text: 'Your own, and ones you share.' },
  { to: '/reviews', title: 'Reviews', text: 'Look back on the week together, and on the month alone.' },
  { to: '/cycles', title: 'The cycle between you', text: 'Note chasing, pulling back and coming together.' },
] as const;

/** Before linking: what works on your own meanwhile. */
const ON_YOUR_OWN = [
  { to: '/cycles', title: 'The cycle between you', text: 'Note chasing, pulling back and coming together, just for you.' },
  { to: '/goals', title: 'Goals for the week', text: 'Your own small goals.' },
] as const;

export function PairLinks({ linked }: { linked: boolean }) {
  const places = linked ? TOGETHER : ON_YOUR_OWN;
  return (
    <section className="pair-links" aria-labelledby="pair-links-heading">
      <h2 id="pair-links-heading">{linked ? 'What you do together' : 'Meanwhile, on your own'}</h2>
      <QuickLinks labelledBy="pair-links-heading" places={places} />
    </section>
  );
}
