import { DeleteMeBody } from '../../../contracts/auth.js';
import { useSession } from '../../auth/session.js';
import { PasswordConfirm } from '../../components/PasswordConfirm.js';
import { settingsApi } from './api.js';

export function DeleteAccountSection() {
  const { forgetDeleted } = useSession();
  return (
    <section className="card danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete your account</h2>
      <p>
        This permanently deletes your account and everything in it: every journal entry, your profile and all your sessions. It can’t be
        undone, and nobody can bring it back, including the people who run this Steady.
      </p>
      <p>If you’d like to keep a copy, download your data first.</p>
      <PasswordConfirm
        schema={DeleteMeBody}
        submitLabel="Delete my account…"
        dialog={{
          title: 'Delete everything for good?',
          confirmLabel: 'Yes, delete everything',
          cancelLabel: 'Keep my account',
          body: <p>Your account and every entry will be gone for good. You’ll be taken back to the start.</p>,
        }}
        action={async (password) => {
          await settingsApi.deleteAccount(password);
          // Nothing of theirs remains on the server; forget this device's copy of the session too.
          forgetDeleted();
        }}
      />
    </section>
  );
}
