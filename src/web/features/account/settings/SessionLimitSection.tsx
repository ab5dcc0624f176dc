import { SESSION_IDLE_CHOICES, UpdateProfileBody, type SessionIdle } from '../../../../contracts/account/auth.js';
import { useSession, useUser } from '../../../auth/session.js';
import { SelectField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { settingsApi } from './api.js';
import { NO_VALUES } from '../../../forms/noBody.js';

/** How long Steady stays signed in on a device nobody uses; saved as soon as it is chosen. */
export function SessionLimitSection() {
  const { t } = useTranslation('settings');
  const user = useUser();
  const { updateUser } = useSession();
  // The choice travels with the submission: the select shows the saved value, which a failed save leaves as it was.
  const form = useSteadyForm<typeof NO_VALUES, typeof UpdateProfileBody, SessionIdle>({
    schema: UpdateProfileBody,
    defaultValues: NO_VALUES,
    toBody: (_, sessionIdle) => ({ sessionIdle }),
    invalidMessage: null,
    onSubmit: async (body) => {
      updateUser((await settingsApi.updateProfile(body)).user);
      form.setNotice({ text: t('sessionLimit.saved'), tone: 'success' });
    },
  });

  return (
    <section className="card" aria-labelledby="session-limit-heading">
      <h2 id="session-limit-heading">{t('sessionLimit.heading')}</h2>
      <p>{t('sessionLimit.lead')}</p>
      <FormShell form={form}>
        <SelectField
          label={t('sessionLimit.label')}
          name="sessionIdle"
          value={user.sessionIdle}
          onChange={(e) => void form.submitWith(e.target.value as SessionIdle)}
        >
          {SESSION_IDLE_CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`sessionLimit.choices.${c}`)}
            </option>
          ))}
        </SelectField>
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone ?? 'info'} />
      </FormShell>
    </section>
  );
}
