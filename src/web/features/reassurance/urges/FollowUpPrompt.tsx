import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { AddFollowUpBody, type Urge } from '../../../../contracts/reassurance/urges.js';
import { registerForgetter } from '../../../auth/forget.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { RatingField } from '../../../components/RatingField.js';
import { FormShell } from '../../../forms/FormShell.js';
import { CHECK_AGAIN, useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { readMeta, writeMeta } from '../../../offline/outbox.js';
import { actionLabel } from './actions.js';
import { urgesApi } from './api.js';
import { urgeKeys, useAddFollowUp } from './queries.js';
import { minutesSince } from './pauses.js';

/**
 * The two moments relief is measured at, with the same windows the insights use: "about half an
 * hour" is 15–60 minutes after the urge, "about two hours" is 61–180.
 */
const POINTS = [
  { point: 30, min: 15, max: 60 },
  { point: 120, min: 61, max: 180 },
] as const;

/** Only on calm, general screens: never during a tool, the urge log or the SOS page. */
const SHOWN_ON = new Set(['/home', '/journal', '/tools', '/insights', '/urges']);
const RECHECK_MS = 5 * 60_000;
const DISMISSED = 'dismissedFollowUps';

interface Ask {
  urge: Urge;
  point: number;
  key: string;
}

let dismissed: { user: string; keys: Set<string> } | null = null;
registerForgetter(() => {
  dismissed = null;
});

async function dismissedKeys(user: string): Promise<Set<string>> {
  if (dismissed?.user !== user) dismissed = { user, keys: new Set((await readMeta<string[]>(user, DISMISSED)) ?? []) };
  return dismissed.keys;
}

export function findAsk(urges: Urge[], skip: Set<string>, now = Date.now()): Ask | null {
  for (const urge of urges) {
    const age = minutesSince(urge.occurredAt, now);
    for (const p of POINTS) {
      if (age < p.min || age > p.max) continue;
      const key = `${urge.id}:${p.point}`;
      if (skip.has(key)) continue;
      if (urge.followUps.some((f) => f.minutesAfter >= p.min && f.minutesAfter <= p.max)) continue;
      return { urge, point: p.point, key };
    }
  }
  return null;
}

/**
 * What to ask about, if anything: recent urges against the moments already rated or dismissed.
 * Under the urge lists' key, so a change to an urge (a rating given on the pause page) asks again.
 * Checked at most every few minutes, and again when the app comes back into view.
 */
function useAsk(user: string, enabled: boolean) {
  return useQuery({
    queryKey: [...urgeKeys.lists(), 'follow-up', user],
    queryFn: async ({ signal }) => {
      const from = new Date(Date.now() - (POINTS[1].max + 5) * 60_000).toISOString();
      const [page, skip] = await Promise.all([urgesApi.list({ from, limit: 20 }, signal), dismissedKeys(user)]);
      return findAsk(page.items, skip);
    },
    enabled: enabled && navigator.onLine,
    staleTime: RECHECK_MS,
    refetchOnWindowFocus: true,
    // A gentle extra, never an error message: a failed check just waits for the next one.
    retry: false,
  });
}

/**
 * "How anxious do you feel now?", asked once for an urge from about 30 minutes or 2 hours ago
 * that has no rating for that moment yet. No notifications, no repeats: "Not now" means not now,
 * for that urge and that moment, on this device.
 */
export function FollowUpPrompt() {
  const location = useLocation();
  const user = useUser();
  const visible = SHOWN_ON.has(location.pathname);
  const found = useAsk(user.id, visible).data ?? null;
  // The question on screen stays while it is answered, whatever a refetch finds meanwhile.
  const [held, setHeld] = useState<Ask | null>(null);
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const ask = held ?? (found && !closed.has(found.key) ? found : null);

  if (!ask || !visible) return null;
  const close = () => {
    setClosed((all) => new Set([...all, ask.key]));
    setHeld(null);
  };

  return (
    <FollowUpQuestion
      key={ask.key}
      ask={ask}
      onAnswering={() => setHeld(ask)}
      onClose={close}
      onDismiss={async () => {
        const keys = await dismissedKeys(user.id);
        keys.add(ask.key);
        await writeMeta(user.id, DISMISSED, [...keys]);
        close();
      }}
    />
  );
}

function FollowUpQuestion({
  ask,
  onAnswering,
  onClose,
  onDismiss,
}: {
  ask: Ask;
  onAnswering: () => void;
  onClose: () => void;
  onDismiss: () => Promise<void>;
}) {
  const { t } = useTranslation(['urges', 'common']);
  const [thanks, setThanks] = useState(false);
  const addFollowUp = useAddFollowUp();
  const form = useSteadyForm({
    schema: AddFollowUpBody,
    // Unset until moved: no answer is not a 5.
    defaultValues: { anxiety: null as number | null },
    toBody: (values) => ({ minutesAfter: minutesSince(ask.urge.occurredAt), anxiety: values.anxiety }),
    fieldMessages: { anxiety: t('followUp.rateNow') },
    invalidMessage: (errors) => errors.anxiety ?? CHECK_AGAIN,
    onSubmit: async (body) => {
      onAnswering();
      await addFollowUp.mutateAsync({ ref: ask.urge.id, body });
      setThanks(true);
    },
  });

  const when = ask.point === 30 ? t('followUp.aboutHalfHour') : t('followUp.coupleHours');
  return (
    <section className="follow-up" aria-labelledby="follow-up-heading">
      {thanks ? (
        <div className="follow-up-inner" role="status">
          <p className="follow-up-title" id="follow-up-heading">
            {t('followUp.thanks')}
          </p>
          <p>{t('followUp.thanksText')}</p>
          <Button variant="quiet" onClick={onClose}>
            {t('followUp.close')}
          </Button>
        </div>
      ) : (
        <FormShell form={form} className="follow-up-inner">
          <h2 className="follow-up-title" id="follow-up-heading">
            {t('followUp.heading')}
          </h2>
          <p>
            {ask.urge.action === 'sought'
              ? t('followUp.asked', { when })
              : t('followUp.chose', { when, action: actionLabel(ask.urge.action, t) })}
          </p>
          <RatingField
            label={t('followUp.anxiousNow')}
            name="anxiety"
            value={form.values.anxiety}
            onChange={(anxiety) => form.set({ anxiety })}
            low={t('ratings.calm')}
            high={t('ratings.overwhelming')}
          />
          <FormMessage message={form.notice?.text ?? null} tone="error" />
          <div className="actions">
            <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('common:saving')}>
              {t('followUp.save')}
            </Button>
            <Button variant="quiet" onClick={() => void onDismiss()}>
              {t('followUp.notNow')}
            </Button>
          </div>
        </FormShell>
      )}
    </section>
  );
}
