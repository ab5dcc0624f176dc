import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/Button.js';
import { Page } from '../../components/Page.js';
import { clock, useNow } from '../../lib/useNow.js';
import { ToolFlow, useUrgeRef, withUrge } from './ToolFlow.js';

export const TENSE_SECONDS = 5;
export const RELEASE_SECONDS = 10;
const GROUP_SECONDS = TENSE_SECONDS + RELEASE_SECONDS;

/** Progressive muscle relaxation: tense one area gently, then let it go and notice the difference. */
export const GROUPS = [
  { name: 'Hands', tense: 'Make loose fists with both hands and squeeze.' },
  { name: 'Upper arms', tense: 'Bend your elbows and tighten the muscles of your upper arms.' },
  { name: 'Shoulders', tense: 'Lift your shoulders up towards your ears.' },
  { name: 'Forehead', tense: 'Raise your eyebrows as high as they will go.' },
  { name: 'Eyes and cheeks', tense: 'Close your eyes tightly and scrunch your cheeks.' },
  { name: 'Jaw', tense: 'Press your lips together and clench your jaw, gently.' },
  { name: 'Chest and back', tense: 'Breathe in and draw your shoulder blades together.' },
  { name: 'Stomach', tense: 'Pull your stomach in and hold it firm.' },
  { name: 'Legs', tense: 'Press your knees together and tighten your thighs.' },
  { name: 'Feet', tense: 'Point your toes and curl them under.' },
] as const;

const RELEASE = 'Let go all at once. Notice the warmth and heaviness as the muscles soften.';

export function MusclesPage() {
  const urge = useUrgeRef();
  return (
    <Page
      title="Muscle relaxation"
      heading="Progressive muscle relaxation"
      lead="Tense one part of your body for a few seconds, then let it go. The contrast teaches your body what letting go feels like."
      className="tool"
    >
      <p className="back-link">
        <Link to={withUrge('/tools', urge)}>All tools</Link>
      </p>
      <ToolFlow
        tool="pmr"
        setup={
          <p>
            About {Math.round((GROUPS.length * GROUP_SECONDS) / 60)} minutes, ten areas from your hands to your feet: {TENSE_SECONDS}{' '}
            seconds of tension, {RELEASE_SECONDS} of release. Tense to about half your strength, and skip any area that hurts or is injured.
          </p>
        }
        startLabel="Start"
        run={(finish) => <MuscleGuide onDone={finish} />}
      />
    </Page>
  );
}

function MuscleGuide({ onDone }: { onDone: () => void }) {
  // Time that counts towards the sequence: everything before the last pause, plus the current stretch.
  const [banked, setBanked] = useState(0);
  const [since, setSince] = useState<number | null>(() => Date.now());
  const now = useNow(since !== null, 250);
  const elapsed = banked + (since !== null ? Math.max(0, now - since) / 1000 : 0);
  const total = GROUPS.length * GROUP_SECONDS;
  const index = Math.max(0, Math.min(GROUPS.length - 1, Math.floor(elapsed / GROUP_SECONDS)));
  const into = elapsed - index * GROUP_SECONDS;
  const tensing = into < TENSE_SECONDS;
  const left = tensing ? TENSE_SECONDS - into : GROUP_SECONDS - into;
  const group = GROUPS[index]!;
  const done = elapsed >= total;
  const doneRef = useRef(false);

  useEffect(() => {
    if (done && !doneRef.current) {
      doneRef.current = true;
      onDone();
    }
  }, [done, onDone]);

  const paused = since === null;
  const toggle = () => {
    if (paused) setSince(Date.now());
    else {
      setBanked(elapsed);
      setSince(null);
    }
  };
  const skip = () => {
    const next = (index + 1) * GROUP_SECONDS;
    setBanked(next);
    if (!paused) setSince(Date.now());
  };

  return (
    <div className="pmr">
      <p className="pmr-progress muted">
        Area {index + 1} of {GROUPS.length}
      </p>
      <div className={`pmr-step ${tensing ? 'is-tense' : 'is-release'}`} aria-live="polite" aria-atomic="true">
        <h3 className="pmr-title">
          {group.name}: {tensing ? 'tense' : 'release'}
        </h3>
        <p>{tensing ? group.tense : RELEASE}</p>
      </div>
      <p className="pmr-count" aria-hidden="true">
        {paused ? 'Paused' : Math.max(1, Math.ceil(left))}
      </p>
      <p className="muted">{clock(total - elapsed)} left in total</p>
      <div className="actions actions-center">
        <Button variant="primary" onClick={toggle}>
          {paused ? 'Carry on' : 'Pause'}
        </Button>
        <Button variant="secondary" onClick={skip}>
          Next area
        </Button>
        <Button variant="quiet" onClick={onDone}>
          Finish here
        </Button>
      </div>
    </div>
  );
}
