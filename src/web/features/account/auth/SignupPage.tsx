import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { SignupBody } from '../../../../contracts/account/auth.js';
import { call } from '../../../api/call.js';
import { useSession } from '../../../auth/session.js';
import { finishPendingLogout } from '../../../auth/pendingLogout.js';
import { Button } from '../../../components/Button.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { PasswordField, SelectField, TextField } from '../../../components/Field.js';
import { Page } from '../../../components/Page.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { formatLocale, Trans, useTranslation } from '../../../i18n/i18n.js';
import { defaultRegion, regionOptions } from '../../../lib/regions.js';
import { defaultTimeZone, timeZoneOptions } from '../../../lib/timeZones.js';
import { passwordHint } from './passwordHint.js';

export function SignupPage() {
  const { t } = useTranslation('account');
  const { signIn } = useSession();
  // A server that sends mail answers every address alike and lets the mailbox decide.
  const [pending, setPending] = useState(false);
  const [defaults] = useState(() => ({ displayName: '', email: '', password: '', timeZone: defaultTimeZone(), region: defaultRegion() }));
  const form = useSteadyForm({
    schema: SignupBody,
    defaultValues: defaults,
    invalidMessage: t('signup.checkAgain'),
    onSubmit: async (body) => {
      // An offline log-out on this browser is finished first, so its session is not left behind.
      await finishPendingLogout();
      const res = await call('signup', { body });
      if ('user' in res) signIn(res);
      else setPending(true);
    },
  });
  const { values, errors, set } = form;
  // Zone and place names are in the person's language, so the lists follow it.
  const locale = formatLocale();
  const zones = useMemo(() => timeZoneOptions(values.timeZone, locale), [values.timeZone, locale]);
  const regions = useMemo(() => regionOptions(locale), [locale]);

  if (pending) {
    return (
      <Page title={t('signup.title')} heading={t('signup.inboxHeading')} className="narrow">
        {/* The server's answer is the same for every address; its words are the web's, in the person's language. */}
        <p role="status">{t('signup.sent')}</p>
        <p>{t('signup.linkDay')}</p>
        <p className="aside">
          {t('signup.nothingArrived')}{' '}
          <Link to="/signup" onClick={() => setPending(false)}>
            {t('signup.tryAgain')}
          </Link>{' '}
          · <Link to="/login">{t('logIn')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('signup.title')} className="narrow" lead={t('signup.lead')}>
      <FormShell form={form} className="form" aria-describedby="signup-message">
        <TextField
          label={t('signup.name')}
          name="displayName"
          autoComplete="nickname"
          value={values.displayName}
          onChange={(e) => set({ displayName: e.target.value })}
          error={errors.displayName}
          hint={t('signup.nameHint')}
        />
        <TextField
          label={t('email')}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={values.email}
          onChange={(e) => set({ email: e.target.value })}
          error={errors.email}
        />
        <PasswordField
          label={t('password')}
          name="password"
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => set({ password: e.target.value })}
          error={errors.password}
          hint={passwordHint()}
        />
        <SelectField
          label={t('signup.timeZone')}
          name="timeZone"
          value={values.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
          error={errors.timeZone}
          hint={t('signup.timeZoneHint')}
        >
          {zones.map((z) => (
            <option key={z.zone} value={z.zone}>
              {z.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('signup.region')}
          name="region"
          value={values.region}
          onChange={(e) => set({ region: e.target.value })}
          error={errors.region}
          hint={t('signup.regionHint')}
        >
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <FormMessage id="signup-message" message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('signup.busy')}>
            {t('signup.submit')}
          </Button>
        </div>
      </FormShell>
      <p className="aside">
        <Trans t={t} i18nKey="signup.haveAccount" components={{ a: <Link to="/login" /> }} />
      </p>
    </Page>
  );
}
