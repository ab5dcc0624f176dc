import { useNavigate, useSearchParams } from 'react-router';
import { UpdateProfileBody, type Focus, type WelcomeOutcome } from '../../../contracts/account/auth.js';
import { useSession, useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { CrisisRegionOptions } from '../../components/CrisisRegionOptions.js';
import { SelectField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { Page } from '../../components/Page.js';
import { useSteadyForm } from '../../forms/useSteadyForm.js';
import { useTranslation } from '../../i18n/i18n.js';
import { regionName } from '../../lib/regions.js';
import { useCrisisResources } from '../../safety/useCrisisResources.js';
import { usePairState } from '../pair/queries.js';
import { InviteCard, JoinCard } from '../pair/PairPage.js';
import { settingsApi } from '../account/settings/api.js';
import { FirstStep } from './FirstStep.js';
import { FOCUS_ORDER } from './focus.js';

const STEPS = 4;
const HOME = '/home';
const HEADINGS = ['welcome', 'where', 'partner', 'first'] as const;

/** How the welcome ends, and where it goes next: the same save for every button that ends it. */
interface Ending {
  welcome: WelcomeOutcome;
  to: string;
}

/**
 * The first-run welcome: what brings the person here, where they are (for the right crisis lines),
 * an optional partner link and one small first action. Every step can be passed over, and so can
 * the whole welcome; either way it is recorded once on the profile and home does not ask again.
 * The step lives in the URL (?step=2) so the browser's back button walks back through it.
 *
 * Its choices are one form over the profile's contract, sent when the welcome ends. There is no
 * `<form>` around the steps: the partner step holds the pair's own invite and join forms.
 */
export function FirstRunPage() {
  const { t } = useTranslation(['firstRun', 'common']);
  const user = useUser();
  const { updateUser } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const step = Math.min(STEPS, Math.max(1, Number(params.get('step')) || 1));
  const form = useSteadyForm<{ focus: Focus[]; region: string }, typeof UpdateProfileBody, Ending>({
    schema: UpdateProfileBody,
    defaultValues: { focus: user.focus, region: user.region },
    // Only what changed is sent: skipping straight away leaves the profile as it was.
    toBody: ({ focus, region }, { welcome }) => ({
      welcome,
      ...(focus.join() !== user.focus.join() && { focus }),
      ...(region !== user.region && { region }),
    }),
    invalidMessage: null,
    keptMessage: t('kept'),
    onSubmit: async (body, { to }) => {
      updateUser((await settingsApi.updateProfile(body)).user);
      void navigate(to, { replace: true });
    },
  });
  const { focus, region } = form.values;

  const goTo = (n: number) => {
    form.setNotice(null);
    setParams(n === 1 ? {} : { step: String(n) });
  };
  /** Saves what was chosen so far with how the welcome ended, then opens `to`. */
  const finish = (welcome: WelcomeOutcome, to: string) => void form.submitWith({ welcome, to });

  const skipAll = (
    <Button variant="quiet" busy={form.busy} busyLabel={t('common:oneMoment')} onClick={() => finish('skipped', HOME)}>
      {t('skip')}
    </Button>
  );

  return (
    <Page
      key={step}
      title={t('title')}
      heading={t(`headings.${HEADINGS[step - 1]!}`, { name: user.displayName })}
      className="first-run narrow"
    >
      <p className="first-run-progress">{t('progress', { step, total: STEPS })}</p>
      {step === 1 ? (
        <>
          <p className="page-lead">{t('focusLead')}</p>
          <FocusPicker value={focus} onChange={(next) => form.set({ focus: next })} />
        </>
      ) : null}
      {step === 2 ? <RegionStep region={region} onChange={(next) => form.set({ region: next })} /> : null}
      {step === 3 ? <PartnerStep onLinked={() => goTo(4)} /> : null}
      {step === 4 ? (
        <>
          <p className="page-lead">{t('firstLead')}</p>
          <FirstStep focus={focus} onChoose={(to) => finish('completed', to)} />
        </>
      ) : null}
      <FormMessage message={form.notice?.text ?? null} tone="error" />
      <div className="actions first-run-actions-row">
        {step < STEPS ? (
          <Button variant="primary" onClick={() => goTo(step + 1)}>
            {step === 3 ? t('notNow') : t('next')}
          </Button>
        ) : (
          <Button variant="primary" busy={form.busy} busyLabel={t('common:oneMoment')} onClick={() => finish('completed', HOME)}>
            {t('goHome')}
          </Button>
        )}
        {step > 1 ? (
          <Button variant="secondary" onClick={() => goTo(step - 1)}>
            {t('back')}
          </Button>
        ) : null}
        {step < STEPS ? skipAll : null}
      </div>
      <p className="muted first-run-later">{t('later')}</p>
    </Page>
  );
}

function FocusPicker({ value, onChange }: { value: Focus[]; onChange: (next: Focus[]) => void }) {
  const { t } = useTranslation('firstRun');
  return (
    <fieldset className="field first-run-focus">
      <legend className="visually-hidden">{t('focusLegend')}</legend>
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
            <span className="first-run-choice-title">{t(`focus.${f}.title`)}</span>
            <span className="first-run-choice-text">{t(`focus.${f}.text`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function RegionStep({ region, onChange }: { region: string; onChange: (r: string) => void }) {
  const { t } = useTranslation('firstRun');
  const { data } = useCrisisResources(region);
  return (
    <>
      <p className="page-lead">{t('region.lead')}</p>
      <SelectField label={t('region.label')} name="region" value={region} onChange={(e) => onChange(e.target.value)}>
        <CrisisRegionOptions />
      </SelectField>
      <section className="card first-run-lines" aria-labelledby="lines-preview-heading">
        <h2 id="lines-preview-heading">{t('region.linesHeading', { region: regionName(region) })}</h2>
        <ul className="plain-list">
          {data.emergency ? <li>{t('region.emergency', { number: data.emergency })}</li> : null}
          {data.resources.slice(0, 3).map((r) => (
            <li key={r.name} className="crisis-line-name">
              {r.name}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function PartnerStep({ onLinked }: { onLinked: () => void }) {
  const { t } = useTranslation(['firstRun', 'common']);
  const state = usePairState();
  // Unknown (offline, say): offer linking; the pair page says the rest.
  if (state.isPending) return <p className="muted">{t('common:oneMoment')}</p>;
  const pair = state.data?.pair ?? null;
  if (pair) return <p className="page-lead">{t('partner.linked', { partner: pair.partner.displayName })}</p>;
  return (
    <>
      <p className="page-lead">{t('partner.lead')}</p>
      <InviteCard />
      <JoinCard onJoined={onLinked} />
    </>
  );
}
