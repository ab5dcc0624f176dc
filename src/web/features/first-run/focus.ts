import { FOCUSES, type Focus } from '../../../contracts/auth.js';

/** How each focus is offered in the welcome: everyday words for what it feels like, never a label for the person. */
export const FOCUS_CHOICES: Record<Focus, { title: string; text: string }> = {
  reassurance: {
    title: 'Asking for reassurance again and again',
    text: 'Someone says it’s fine, it helps for a little while, and then the worry is back.',
  },
  cycle: {
    title: 'Chasing and pulling back with a partner',
    text: 'One of you moves closer, the other needs space, and round it goes.',
  },
  loneliness: {
    title: 'Feeling alone, or far from people',
    text: 'Wanting more ties that give back, and easier ways to reach out.',
  },
};

export const FOCUS_ORDER: readonly Focus[] = FOCUSES;

/** Whether a home card belongs to any focus the person chose. */
export function inFocus(focus: readonly Focus[], card: readonly Focus[]): boolean {
  return card.some((f) => focus.includes(f));
}
