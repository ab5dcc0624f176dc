import { FOCUSES, type Focus } from '../../../contracts/account/auth.js';
import en from '../../i18n/locales/en/firstRun.json' with { type: 'json' };

/**
 * How each focus is offered in the welcome: everyday words for what it feels like, never a label
 * for the person. On screen they come from the `firstRun:focus` catalog in the person's language;
 * this is its English source, for what reads them outside a component.
 */
export const FOCUS_CHOICES: Record<Focus, { title: string; text: string }> = en.focus;

export const FOCUS_ORDER: readonly Focus[] = FOCUSES;

/** Whether a home card belongs to any focus the person chose. */
export function inFocus(focus: readonly Focus[], card: readonly Focus[]): boolean {
  return card.some((f) => focus.includes(f));
}
