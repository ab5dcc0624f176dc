import { describe, expect, it } from 'vitest';
import type { ReassuranceInsights } from '../../contracts/reassurance/insights.js';
import { renderSummary } from './summary.js';

const urges: ReassuranceInsights = {
  urgeCount: 22,
  minimum: 5,
  byAction: { sought: 9, delayed: 12, soothed: 1, parked: 0, plan: 0 },
  perWeek: [],
  reliefDecay: { sought: [{ minutesAfter: 30, meanAnxiety: 6.5, n: 9 }], other: [{ minutesAfter: 30, meanAnxiety: null, n: 1 }] },
  triggers: [{ tag: 'late reply', count: 4, meanIntensity: 7, rated: 4 }],
  tools: [],
};

const cycles = {
  cycles: [],
  openCycle: null,
  trend: { period: { n: 8, senSlope: -6.2, p: 0.01 }, intensity: null },
  escalating: true,
  reasons: [{ code: 'cycles-closer-together' as const, detail: { n: 8, senSlope: -6.2, p: 0.01 } }],
};

const page = (sections: ('urges' | 'cycles')[], locale: 'en' | 'es' = 'en') =>
  renderSummary({
    locale,
    displayName: 'Robin',
    from: null,
    to: '2026-11-30T00:00:00Z',
    createdAt: '2026-11-30T00:00:00Z',
    sections,
    urges,
    cycles,
  });

/** The text a reader sees at first glance: everything outside the "How is this worked out?" disclosure. */
const outsideDisclosure = (html: string) => html.replace(/<details>[\s\S]*?<\/details>/g, '');

describe('printable summary words', () => {
  it('names what was done with urges in plain words, never the internal codes', () => {
    const html = page(['urges']);
    expect(html).toContain('Asked for reassurance: 9 times');
    expect(html).toContain('Waited first: 12 times');
    expect(html).toContain('Calmed themselves another way: once');
    expect(html).not.toMatch(/<li>(sought|delayed|soothed|parked|plan):/);
    expect(html).not.toMatch(/\(n \d/);
    expect(html).toContain('30 minutes later, 6.5 on average (from 9 entries)');
  });

  it('says what a cycle trend means, with the statistics only behind the disclosure', () => {
    const html = page(['cycles']);
    expect(html).toContain('Lately the cycle has been coming round more often.');
    expect(html).toContain('<summary>How is this worked out?</summary>');
    expect(html).toContain('Mann–Kendall');
    expect(outsideDisclosure(html)).not.toMatch(/Sen’s|Mann|p = |n = |interval/);
  });

  it('offers a Print button wired by a same-origin script', () => {
    const html = page(['urges']);
    expect(html).toContain('<button type="button" id="print-summary">Print or save as PDF</button>');
    expect(html).toContain('<script src="/summary.js" defer></script>');
  });

  it('is written in Spanish when the person chose it, numbers with a decimal comma', () => {
    const html = page(['urges', 'cycles'], 'es');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<h1>Resumen de Steady</h1>');
    expect(html).toContain('Pidió que le tranquilizaran: 9 veces');
    expect(html).toContain('Se calmó de otra forma: una vez');
    expect(html).toContain('30 minutos después, 6,5 de media (a partir de 9 entradas)');
    expect(html).toContain('Últimamente el ciclo se repite más a menudo.');
    expect(html).toContain('pendiente de Sen');
    expect(html).not.toMatch(/Asked for|times|Lately|Print or save/);
  });
});
