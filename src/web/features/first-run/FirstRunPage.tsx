import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Focus, UpdateProfileBody, WelcomeOutcome } from '../../../contracts/auth.js';
import type { Pair } from '../../../contracts/pair.js';
import { ApiError } from '../../api/client.js';
import { useSession, useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisRegionOptions } from '../../components/CrisisRegionOptions.js';
import { SelectField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Page } from '../../components/Page.js';
import { regionName } from '../../lib/regions.js';
import { useCrisisResources } from '../../safety/useCrisisResources.js';
import { pairApi } from '../pair/api.js';
import { InviteCard, JoinCard } from '../pair/PairPage.js';
import { settingsApi } from '../settings/api.js';
import { FirstStep } from './FirstStep.js';
import { FOCUS_CHOICES, FOCUS_ORDER } from './focus.js';

const STEPS = 4;

/**
 * The first-run welcome: what brings the person here, where they are (for the right crisis lines),
 * an optional partner link and one small first action. Every step can be passed over, and so can
 * the whole welcome; either way it is recorded once on the profile and home does not ask again.
 * The step lives in the URL (?step=2) so the browser's back button walks back through it.
 */
export function FirstRunPage() {
  const user = useUser();
  const { updateUser } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const step = Math.min(STEPS, Math.max(1, Number(params.get('step')) || 1));
  const [focus, setFocus] = useState<Focus[]>(user.focus);
  const [region, setRegion] = useState(user.region);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const goTo = (n: number) => {
    setMessage(null);
    setParams(n === 1 ? {} : { step: String(n) });
  };

  /** Saves what was chosen so far with how the welcome ended, then opens `to`. */
  async function finish(welcome: WelcomeOutcome, to: string) {
    // Only what changed is sent: skipping straight away leaves the profile as it was.
    const body: UpdateProfileBody = { welcome };
    if (focus.join() !== user.focus.join()) body.focus = focus;
    if (region !== user.region) body.region = region;
    setBusy(true);
    setMessage(null);
    try {
      updateUser((await settingsApi.updateProfile(body)).user);
      void navigate(to, { replace: true });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setBusy(false);
      setMessage(
        err.status === 0 ? 'Steady can’t reach the server just now. Nothing is lost; try again when you’re back online.' : err.friendly,
      );
    }
  }

  const skipAll = (
    <Button variant="quiet" busy={busy} busyLabel="One moment…" onClick={() => void finish('skipped', '/home')}>
      Skip the welcome
    </Button>
  );

  return (
    <Page key={step} title="Getting started" heading={HEADINGS[step - 1]!(user.displayName)} className="first-run narrow">
      <p className="first-run-progress">
        Step {step} of {STEPS}
      </p>
      {step === 1 ? (
        <>
          <p className="page-lead">Choose any that fit, or none. It only changes what home shows first; everything stays open to you.</p>
          <FocusPicker value={focus} onChange={setFocus} />
        </>
      ) : null}
      {step === 2 ? <RegionStep region={region} onChange={setRegion} /> : null}
      {step === 3 ? <PartnerStep onLinked={() => goTo(4)} /> : null}
      {step === 4 ? (
        <>
          <p className="page-lead">One small thing is enough for today. Or simply look around: home has the rest.</p>
          <FirstStep focus={focus} onChoose={(to) => void finish('completed', to)} />
        </>
      ) : null}
      <FormMessage message={message} tone="error" />
      <div className="actions first-run-actions-row">
        {step < STEPS ? (
          <Button variant="primary" onClick={() => goTo(step + 1)}>
            {step === 3 ? 'Not now' : 'Next'}
          </Button>
        ) : (
          <Button variant="primary" busy={busy} busyLabel="One moment…" onClick={() => void finish('completed', '/home')}>
            Go to home
          </Button>
        )}
        {step > 1 ? (
          <Button variant="secondary" onClick={() => goTo(step - 1)}>
            Back
          </Button>
        ) : null}
        {step < STEPS ? skipAll : null}
      </div>
      <p className="muted first-run-later">You can see this welcome again any time from Settings.</p>
    </Page>
  );
}

const HEADINGS: ((name: string) => string)[] = [
  (name) => `Welcome, ${name}. What brings you here?`,
  () => 'Where are you?',
  () => 'Link with a partner, if you like',
  () => 'A first small step',
];

function FocusPicker({ value, onChange }: { value: Focus[]; onChange: (next: Focus[]) => void }) {
  return (
    <fieldset className="field first-run-focus">
      <legend className="visually-hidden">What brings you here</legend>
      {FOCUS_ORDER.map((f) => (
        <label key={f} className="first-run-choice">
          <input
            type="checkbox"
            name="focus"
            value={f}
            checked={value.includes(f)}
            onChange={(e) =>
              onChange(e.target.checked ? FOCUS_ORDER.filter((x) => x === f || value.includes(x)) : value.filter((x) => x !== f))
            }
          />
          <span>
            <span className="first-run-choice-title">{FOCUS_CHOICES[f].title}</span>
            <span className="first-run-choice-text">{FOCUS_CHOICES[f].text}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function RegionStep({ region, onChange }: { region: string; onChange: (r: string) => void }) {
  const { data } = useCrisisResources(region);
  return (
    <>
      <p className="page-lead">
        So that “Need help now?” shows people you can reach where you are. It’s always in view, and it works even without a signal.
      </p>
      <SelectField label="Country or region" name="region" value={region} onChange={(e) => onChange(e.target.value)}>
        <CrisisRegionOptions />
      </SelectField>
      <section className="card first-run-lines" aria-labelledby="lines-preview-heading">
        <h2 id="lines-preview-heading">{regionName(region)}: help includes</h2>
        <ul className="plain-list">
          {data.emergency ? <li>Emergency: {data.emergency}</li> : null}
          {data.resources.slice(0, 3).map((r) => (
            <li key={r.name}>{r.name}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

function PartnerStep({ onLinked }: { onLinked: () => void }) {
  const [pair, setPair] = useState<Pair | null | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    pairApi
      .pair(controller.signal)
      .then((r) => setPair(r.pair))
      .catch(() => {
        // Unknown (offline, say): offer linking; the pair page says the rest.
        if (!controller.signal.aborted) setPair(null);
      });
    return () => controller.abort();
  }, []);
  if (pair === undefined) return <p className="muted">One moment…</p>;
  if (pair)
    return (
      <p className="page-lead">
        You’re already linked with {pair.partner.displayName}. The Partner page holds everything you share, like your check-ins.
      </p>
    );
  return (
    <>
      <p className="page-lead">
        Linking gives the two of you a shared space: an agreement about reassurance, a regular check-in and a few things you do together.
        Everything else you write stays yours alone. It’s fine to do this later, or never.
      </p>
      <InviteCard />
      <JoinCard onJoined={onLinked} />
    </>
  );
}
