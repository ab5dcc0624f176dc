import { useState } from 'react';
import { Button } from './Button.js';

// 5-4-3-2-1 grounding: each sense in turn pulls attention back into the room, away from the spiral.
const STEPS = [
  {
    count: 5,
    sense: 'things you can see',
    text: 'Look around slowly and name five things you can see. Stay with each one for a moment: its colour, its shape, where the light falls on it.',
  },
  {
    count: 4,
    sense: 'things you can feel',
    text: 'Notice four things you can feel: your feet on the floor, the chair holding you up, the fabric of your sleeve, the air on your skin.',
  },
  {
    count: 3,
    sense: 'sounds you can hear',
    text: 'Listen for three sounds, near or far, loud or faint. You don’t need to do anything with them, just notice them.',
  },
  {
    count: 2,
    sense: 'things you can smell',
    text: 'Find two things you can smell. If nothing comes, breathe in slowly and notice the air itself, or the smell of your hands.',
  },
  {
    count: 1,
    sense: 'thing you can taste',
    text: 'Notice one thing you can taste. A sip of water works well, and so does simply noticing your mouth as it is.',
  },
] as const;

/** Step by step through the senses. `onFinish` runs when the last step is done (the toolkit then asks how it went). */
export function Grounding({ onFinish, autoStart = false }: { onFinish?: () => void; autoStart?: boolean } = {}) {
  // -1: not started; 0–4: a step; 5: finished.
  const [step, setStep] = useState(autoStart ? 0 : -1);
  const current = step >= 0 && step < STEPS.length ? STEPS[step] : undefined;

  return (
    <div className="grounding">
      <div className="grounding-step" aria-live="polite" aria-atomic="true">
        {step === -1 ? <p>This takes a couple of minutes. Go at your own pace; there’s no way to get it wrong.</p> : null}
        {current ? (
          <>
            <p className="grounding-progress">
              Step {step + 1} of {STEPS.length}
            </p>
            <h3 className="grounding-title">
              <span className="grounding-count">{current.count}</span> {current.sense}
            </h3>
            <p>{current.text}</p>
          </>
        ) : null}
        {step === STEPS.length ? (
          <>
            <h3 className="grounding-title">You’re here, right now</h3>
            <p>
              Notice how you feel compared with a few minutes ago. Even a small shift counts. You can go through it again whenever you like.
            </p>
          </>
        ) : null}
      </div>
      <div className="actions">
        {/* One button that changes its words, so keyboard focus stays put from start to finish. */}
        <Button
          variant="primary"
          onClick={() => {
            const next = step >= STEPS.length ? 0 : step + 1;
            setStep(next);
            if (next === STEPS.length) onFinish?.();
          }}
        >
          {step === -1 ? 'Start' : step < STEPS.length - 1 ? 'Next' : step === STEPS.length - 1 ? 'Finish' : 'Start again'}
        </Button>
        {step > 0 && step < STEPS.length ? (
          <Button variant="quiet" onClick={() => setStep((s) => s - 1)}>
            Back
          </Button>
        ) : null}
      </div>
    </div>
  );
}
