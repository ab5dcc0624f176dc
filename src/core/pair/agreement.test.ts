import { describe, expect, it } from 'vitest';
import { acknowledgmentPhrasingsIn, checkInAcknowledgment, defaultTerms } from './agreement.js';

describe('what Steady itself offers a pair, in the language asked for', () => {
  it('drafts the default formats in Spanish for a Spanish screen, and in English otherwise', () => {
    const es = defaultTerms('Europe/Madrid', 'es');
    expect(es.requestTemplate).toMatch(/^¿/);
    expect(es.acknowledgmentTemplate).toMatch(/Te escucho/);
    expect(defaultTerms('Europe/London', 'en').requestTemplate).toMatch(/^Could you give me five minutes/);
    expect({ ...es, requestTemplate: '', acknowledgmentTemplate: '' }).toEqual({
      ...defaultTerms('Europe/Madrid', 'en'),
      requestTemplate: '',
      acknowledgmentTemplate: '',
    });
  });

  it('offers as many kind phrasings in each language, each one different', () => {
    const en = acknowledgmentPhrasingsIn('en');
    const es = acknowledgmentPhrasingsIn('es');
    expect(en.length).toBeGreaterThanOrEqual(3);
    expect(es).toHaveLength(en.length);
    expect(new Set([...en, ...es]).size).toBe(en.length * 2);
    expect(es[0]).toMatch(/Te escucho/);
  });

  it('says a short word when a check-in is done, counting effort, in either language', () => {
    expect(checkInAcknowledgment(0, 0, 'en')).toBe(
      'You kept your time together, and that is the habit that matters. Nothing is waiting for next time.',
    );
    expect(checkInAcknowledgment(1, 2, 'en')).toBe('You talked one topic through together. The rest will wait calmly for next time.');
    expect(checkInAcknowledgment(3, 0, 'en')).toBe('You talked 3 topics through together. Nothing is waiting for next time.');
    expect(checkInAcknowledgment(1, 0, 'es')).toBe('Habéis hablado juntos de un tema. No queda nada pendiente para la próxima vez.');
    expect(checkInAcknowledgment(3, 1, 'es')).toBe('Habéis hablado juntos de 3 temas. Lo demás esperará con calma a la próxima vez.');
  });
});
