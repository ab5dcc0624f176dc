import { useSession } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { Page } from '../../../components/Page.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { SocialSettingsSection } from '../../social/SocialSettingsSection.js';
import { RemindersSection } from '../../notifications/RemindersSection.js';
import { AppLockSection } from './AppLockSection.js';
import { CapabilityLinksSection } from './CapabilityLinksSection.js';
import { DataSection } from './DataSection.js';
import { DeleteAccountSection } from './DeleteAccountSection.js';
import { LanguageSection } from './LanguageSection.js';
import { NO_VALUES, NoBody } from '../../../forms/noBody.js';
import { PasskeysSection } from './PasskeysSection.js';
import { PasswordSection } from './PasswordSection.js';
import { ProfileSection } from './ProfileSection.js';
import { SessionLimitSection } from './SessionLimitSection.js';
import { SessionsSection } from './SessionsSection.js';
import { TwoStepSection } from './TwoStepSection.js';
import { WelcomeSection } from './WelcomeSection.js';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { logOut } = useSession();
  // Logging out leaves this page whatever the server says, so the button only needs to show it is on its way.
  const leave = useSteadyForm({ schema: NoBody, defaultValues: NO_VALUES, invalidMessage: null, onSubmit: () => logOut() });

  return (
    <Page title={t('page.title')} className="settings">
      <ProfileSection />
      <LanguageSection />
      <WelcomeSection />
      <RemindersSection />
      <PasswordSection />
      <SessionsSection />
      <SessionLimitSection />
      <CapabilityLinksSection />
      <AppLockSection />
      <TwoStepSection />
      <PasskeysSection />
      <SocialSettingsSection />
      <DataSection />
      <section className="card" aria-labelledby="logout-heading">
        <h2 id="logout-heading">{t('logOut.heading')}</h2>
        <p>{t('logOut.lead')}</p>
        <div className="actions">
          <Button variant="secondary" busy={leave.busy} busyLabel={t('logOut.busy')} onClick={() => void leave.submitWith()}>
            {t('logOut.button')}
          </Button>
        </div>
      </section>
      <DeleteAccountSection />
    </Page>
  );
}
