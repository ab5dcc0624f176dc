import { useMemo, useRef, useState, type FormEvent } from 'react';
import { UpdateProfileBody } from '../../../contracts/auth.js';
import { ApiError } from '../../api/client.js';
import { useSession, useUser } from '../../auth/session.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/Field.js';
import { FormMessage } from '../../components/FormMessage.js';
import { regionOptions } from '../../lib/regions.js';
import { timeZoneLabel, timeZoneOptions } from '../../lib/timeZones.js';
import { focusFirstError, validate, type FieldErrors } from '../../lib/validate.js';
import { settingsApi } from './api.js';

const ORDER = ['displayName', 'timeZone', 'region'] as const;

export function ProfileSection() {
  const user = useUser();
  const { updateUser } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ displayName: user.displayName, timeZone: user.timeZone, region: user.region });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZoneOptions(user.timeZone), [user.timeZone]);
  const regions = useMemo(() => regionOptions(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(UpdateProfileBody, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage(null);
      focusFirstError(formRef.current, ORDER, checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const res = await settingsApi.updateProfile(values);
      updateUser(res.user);
      setMessage({ text: 'Saved.', tone: 'success' });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setErrors(err.fieldErrors);
      setMessage({ text: err.friendly, tone: 'error' });
      focusFirstError(formRef.current, ORDER, err.fieldErrors);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <form ref={formRef} noValidate className="form" onSubmit={(e) => void submit(e)}>
        <TextField
          label="Your name in Steady"
          name="displayName"
          autoComplete="nickname"
          value={values.displayName}
          onChange={(e) => setValues((v) => ({ ...v, displayName: e.target.value }))}
          error={errors.displayName}
        />
        <SelectField
          label="Time zone"
          name="timeZone"
          value={values.timeZone}
          onChange={(e) => setValues((v) => ({ ...v, timeZone: e.target.value }))}
          error={errors.timeZone}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {timeZoneLabel(z)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Country or region"
          name="region"
          value={values.region}
          onChange={(e) => setValues((v) => ({ ...v, region: e.target.value }))}
          error={errors.region}
          hint="Decides which support lines you see."
        >
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'info'} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save profile
          </Button>
        </div>
      </form>
    </section>
  );
}
