import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button.js';
import { Page } from '../../../components/Page.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { clock, useNow } from '../../../lib/useNow.js';
import { useReducedMotion } from '../../../lib/useReducedMotion.js';
import { ToolFlow, useUrgeRef, withUrge } from './ToolFlow.js';

type Step = 'in' | 'hold' | 'out' | 'rest';

interface Pattern {
  /** Also the key of its name and summary in the catalog (tools:breathing.patterns). */
  id: 'box' | '4-7-8' | 'resonance';
  steps: readonly (readonly [Step, number])[];
}

// Resonance breathing: about 5.5 breaths a minute, so one breath lasts 60 / 5.5 ≈ 10.9 seconds,
// split evenly between breathing in and breathing out.
const RESONANCE_HALF = 60 / 5.5 / 2;

export const PATTERNS: readonly Pattern[] = [
  {
    id: 'box',
    steps: [
      ['in', 4],
      ['hold', 4],
      ['out', 4],
      ['rest', 4],
    ],
  },
  {
    id: '4-7-8',
    steps: [
      ['in', 4],
      ['hold', 7],
      ['out', 8],
    ],
  },
  {
    id: 'resonance',
    steps: [
      ['in', RESONANCE_HALF],
      ['out', RESONANCE_HALF],
    ],
  },
];

const LENGTHS = [1, 3, 5] as const;

export function cycleSeconds(p: Pattern): number {
  return p.steps.reduce((sum, [, s]) => sum + s, 0);
}

/** Where a breathing session is at a moment: which step, how far into it, and whether it is over. */
export function breathAt(p: Pattern, minutes: number, elapsed: number) {
  const cycle = cycleSeconds(p);
  const cycles = Math.max(1, Math.round((minutes * 60) / cycle));
  const total = cycles * cycle;
  if (elapsed >= total) return { done: true, total, step: p.steps[0]!, index: 0, into: 0 };
  let t = elapsed % cycle;
  for (let index = 0; index < p.steps.length; index++) {
    const step = p.steps[index]!;
    if (t < step[1]) return { done: false, total, step, index, into: t };
    t -= step[1];
  }
  return { done: false, total, step: p.steps[0]!, index: 0, into: 0 };
}

export function BreathingPage() {
  const { t } = useTranslation('tools');
  const urge = useUrgeRef();
  const [patternId, setPatternId] = useState<Pattern['id']>('box');
  const [minutes, setMinutes] = useState<number>(3);
  const [showCount, setShowCount] = useState(true);
  const pattern = PATTERNS.find((p) => p.id === patternId) ?? PATTERNS[0]!;

  return (
    <Page title={t('breathing.title')} lead={t('breathing.lead')} className="tool breathing">
      <p className="back-link">
        <Link to={withUrge('/tools', urge)}>{t('allTools')}</Link>
      </p>
      <ToolFlow
        tool="breathing"
        variant={pattern.id}
        setup={
          <>
            <fieldset className="field">
              <legend className="field-label">{t('breathing.rhythm')}</legend>
              <div className="option-cards">
                {PATTERNS.map((p) => (
                  <label key={p.id} className="option-card">
                    <input type="radio" name="pattern" value={p.id} checked={p.id === patternId} onChange={() => setPatternId(p.id)} />
                    <span className="option-card-body">
                      <span className="option-card-title">{t(`breathing.patterns.${p.id}.name`)}</span>
                      <span className="option-card-text">{t(`breathing.patterns.${p.id}.summary`)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="field">
              <legend className="field-label">{t('breathing.howLong')}</legend>
              <div className="choice-row">
                {LENGTHS.map((m) => (
                  <label key={m} className="choice">
                    <input type="radio" name="length" value={m} checked={minutes === m} onChange={() => setMinutes(m)} />
                    <span>{t('breathing.minutes', { count: m })}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <label className="check">
                <input type="checkbox" checked={showCount} onChange={(e) => setShowCount(e.target.checked)} />
                <span>{t('breathing.showCount')}</span>
              </label>
              <p className="field-hint">{t('breathing.silent')}</p>
            </div>
          </>
        }
        startLabel={t('breathing.start')}
        run={(finish) => <BreathingGuide pattern={pattern} minutes={minutes} showCount={showCount} onDone={finish} />}
      />
    </Page>
  );
}

function BreathingGuide({
  pattern,
  minutes,
  showCount,
  onDone,
}: {
  pattern: Pattern;
  minutes: number;
  showCount: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('tools');
  const reduced = useReducedMotion();
  const [startedAt] = useState(() => Date.now());
  const now = useNow(true, 200);
  const elapsed = (now - startedAt) / 1000;
  const at = breathAt(pattern, minutes, elapsed);
  const doneRef = useRef(false);
  // Start small for one frame, so the very first breath in grows instead of appearing full size.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(id);
  }, []);

  useEffect(() => {
    if (at.done && !doneRef.current) {
      doneRef.current = true;
      onDone();
    }
  }, [at.done, onDone]);

  const [step, length] = at.step;
  const count = Math.max(1, Math.ceil(length - at.into));
  const word = t(`breathing.steps.${step}`);
  // The shape grows while breathing in, stays large while holding, shrinks while breathing out and stays small at rest.
  const big = ready && (step === 'in' || step === 'hold');
  const moving = step === 'in' || step === 'out';

  return (
    <div className="breath">
      {reduced ? (
        <p className="breath-text" aria-hidden="true">
          {word}…{showCount ? <span className="breath-count"> {count}</span> : null}
        </p>
      ) : (
        <div className="breath-stage" aria-hidden="true">
          <div
            className={`breath-shape ${big ? 'is-big' : 'is-small'}`}
            // The transition lasts exactly as long as this breath; React sets it through the DOM, which the CSP allows.
            style={{ transitionDuration: moving ? `${length}s` : '0s' }}
          />
          <p className="breath-label">
            <span className="breath-word">{word}</span>
            {showCount ? <span className="breath-count">{count}</span> : null}
          </p>
        </div>
      )}
      {/* For screen readers: the step only, not every second of the count. */}
      <p className="visually-hidden" aria-live="polite">
        {word}
      </p>
      <p className="breath-remaining muted">{t('breathing.left', { time: clock(at.total - elapsed) })}</p>
      <div className="actions actions-center">
        <Button variant="secondary" onClick={onDone}>
          {t('breathing.stop')}
        </Button>
      </div>
    </div>
  );
}
