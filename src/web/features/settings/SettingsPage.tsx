import { useState } from 'react';
import { useSession } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { Page } from '../../components/Page.js';
import { AppLockSection } from './AppLockSection.js';
import { DataSection } from './DataSection.js';
import { DeleteAccountSection } from './DeleteAccountSection.js';
import { PasswordSection } from './PasswordSection.js';
import { ProfileSection } from './ProfileSection.js';
import { SessionsSection } from './SessionsSection.js';
import { SessionLimitSection } from './SessionLimitSection.js';
import { CapabilityLinksSection } from './CapabilityLinksSection.js';
import { TwoStepSection } from './TwoStepSection.js';
import { PasskeysSection } from './PasskeysSection.js';
import { WelcomeSection } from './WelcomeSection.js';
import { LanguageSection } from './LanguageSection.js';
import { SocialSettingsSection } from '../people/SocialSettingsSection.js';

export function SettingsPage() {
  const { logOut } = useSession();
  const [sessionsVersion, setSessionsVersion] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const [factorsVersion, setFactorsVersion] = useState(0);

  return (
    <Page title="Settings" className="settings">
      <ProfileSection />
      <LanguageSection />
      <WelcomeSection />
      <PasswordSection onChanged={() => setSessionsVersion((n) => n + 1)} />
      <SessionsSection version={sessionsVersion} />
      <SessionLimitSection />
      <CapabilityLinksSection version={sessionsVersion} />
      <AppLockSection />
      <TwoStepSection version={factorsVersion} onChanged={() => setFactorsVersion((n) => n + 1)} />
      <PasskeysSection onChanged={() => setFactorsVersion((n) => n + 1)} />
      <SocialSettingsSection />
      <DataSection />
      <section className="card" aria-labelledby="logout-heading">
        <h2 id="logout-heading">Log out</h2>
        <p>Your entries stay safe on the server. This browser forgets you until you log in again.</p>
        <div className="actions">
          <Button
            variant="secondary"
            busy={leaving}
            busyLabel="Logging out…"
            onClick={() => {
              setLeaving(true);
              void logOut();
            }}
          >
            Log out
          </Button>
        </div>
      </section>
      <DeleteAccountSection />
    </Page>
  );
}
