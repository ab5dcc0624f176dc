import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button.js';
import { Page } from '../../../components/Page.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { clock, useNow } from '../../../lib/useNow.js';
import { ToolFlow, useUrgeRef, withUrge } from './ToolFlow.js';

export const TENSE_SECONDS = 5;
export const RELEASE_SECONDS = 10;
const GROUP_SECONDS = TENSE_SECONDS + RELEASE_SECONDS;

/** Progressive muscle relaxation: tense one area gently, then let it go and notice the difference. Names and words: tools:muscles.groups. */
export const GROUPS = ['hands', 'upperArms', 'shoulders', 'forehead', 'eyes', 'jaw', 'chest', 'stomach', 'legs', 'feet'] as const;

export function MusclesPage() {
  const { t } = useTranslation('tools');
  const urge = useUrgeRef();
  return (
    <Page title={t('muscles.title')} heading={t('muscles.heading')} lead={t('muscles.lead')} className="tool">
      <p className="back-link">
        <Link to={withUrge('/tools', urge)}>{t('allTools')}</Link>
      </p>
      <ToolFlow
        tool="pmr"
        setup={
          <p>
            {t('muscles.setup', {
              minutes: Math.round((GROUPS.length * GROUP_SECONDS) / 60),
              tense: TENSE_SECONDS,
              release: RELEASE_SECONDS,
            })}
          </p>
        }
        run={(finish) => <MuscleGuide onDone={finish} />}
      />
    </Page>
  );
}

function MuscleGuide({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('tools');
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
      <p className="pmr-progress muted">{t('muscles.progress', { index: index + 1, total: GROUPS.length })}</p>
      <div className={`pmr-step ${tensing ? 'is-tense' : 'is-release'}`} aria-live="polite" aria-atomic="true">
        <h3 className="pmr-title">{t(tensing ? 'muscles.tense' : 'muscles.release', { area: t(`muscles.groups.${group}.name`) })}</h3>
        <p>{tensing ? t(`muscles.groups.${group}.tense`) : t('muscles.releaseText')}</p>
      </div>
      <p className="pmr-count" aria-hidden="true">
        {paused ? t('muscles.paused') : Math.max(1, Math.ceil(left))}
      </p>
      <p className="muted">{t('muscles.leftInTotal', { time: clock(total - elapsed) })}</p>
      <div className="actions actions-center">
        <Button variant="primary" onClick={toggle}>
          {paused ? t('muscles.carryOn') : t('muscles.pause')}
        </Button>
        <Button variant="secondary" onClick={skip}>
          {t('muscles.next')}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t('muscles.finish')}
        </Button>
      </div>
    </div>
  );
}
