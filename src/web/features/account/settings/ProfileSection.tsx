import { useMemo } from 'react';
import { UpdateProfileBody } from '../../../../contracts/account/auth.js';
import { useSession, useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { SelectField, TextField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { FormShell } from '../../../forms/FormShell.js';
import { formatLocale, useTranslation } from '../../../i18n/i18n.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { regionOptions } from '../../../lib/regions.js';
import { timeZoneOptions } from '../../../lib/timeZones.js';
import { settingsApi } from './api.js';

export function ProfileSection() {
  const { t } = useTranslation('settings');
  const user = useUser();
  const { updateUser } = useSession();
  const form = useSteadyForm({
    schema: UpdateProfileBody,
    defaultValues: { displayName: user.displayName, timeZone: user.timeZone, region: user.region },
    invalidMessage: null,
    // The contract's rules, said in the person's language.
    fieldMessages: ({ displayName }) => ({
      displayName: displayName.trim() ? t('profile.nameLong') : t('profile.nameEmpty'),
      timeZone: t('profile.timeZoneRule'),
    }),
    onSubmit: async (body) => {
      const res = await settingsApi.updateProfile(body);
      updateUser(res.user);
      form.setNotice({ text: t('profile.saved'), tone: 'success' });
    },
  });
  const { values, errors, set } = form;
  // Zone and place names are in the person's language, so the lists follow a change of it.
  const locale = formatLocale();
  const zones = useMemo(() => timeZoneOptions(user.timeZone, locale), [user.timeZone, locale]);
  const regions = useMemo(() => regionOptions(locale), [locale]);

  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      <FormShell form={form} className="form">
        <TextField
          label={t('profile.name')}
          name="displayName"
          autoComplete="nickname"
          value={values.displayName}
          onChange={(e) => set({ displayName: e.target.value })}
          error={errors.displayName}
        />
        <SelectField
          label={t('profile.timeZone')}
          name="timeZone"
          value={values.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
          error={errors.timeZone}
        >
          {zones.map((z) => (
            <option key={z.zone} value={z.zone}>
              {z.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('profile.region')}
          name="region"
          value={values.region}
          onChange={(e) => set({ region: e.target.value })}
          error={errors.region}
          hint={t('profile.regionHint')}
        >
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
            {t('profile.save')}
          </Button>
        </div>
      </FormShell>
    </section>
  );
}
