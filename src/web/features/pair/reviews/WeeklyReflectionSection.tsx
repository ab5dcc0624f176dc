import { useState } from 'react';
import { Link } from 'react-router';
import { PutWeeklyReflectionBody, type WeeklyReflection } from '../../../../contracts/support/weekly-reflection.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { CrisisSupport } from '../../../components/CrisisAwareTextField.js';
import { TextAreaField } from '../../../components/Field.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { Loading } from '../../../components/Loading.js';
import { FormShell } from '../../../forms/FormShell.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { shortDay } from '../../../lib/weeks.js';
import { loaded } from '../../../query/loaded.js';
import { usePutWeeklyReflection, useWeeklyReflection } from './queries.js';
import { Answers, WeeklyChecksFields } from './ReviewParts.js';

const PROMPTS = ['solo.wentWell', 'solo.hard', 'solo.tryNext'] as const;

/** Where the weekly review together would be, for someone not linked: the same look back, for them alone. */
export function WeeklyReflectionSection({ weekStart }: { weekStart: string }) {
  const { t } = useTranslation(['reviews', 'common']);
  const query = useWeeklyReflection(weekStart);
  const load = loaded(query);
  return (
    <section className="card" aria-labelledby="solo-heading">
      <h2 id="solo-heading">{t('solo.heading', { day: shortDay(weekStart) })}</h2>
      <p>{t('solo.intro')}</p>
      {load.status === 'loading' ? <Loading /> : null}
      {load.status === 'error' || load.status === 'missing' ? (
        <>
          <p className="notice notice-error">{load.status === 'error' ? load.message : t('common:somethingWentWrong')}</p>
          <Button onClick={() => void query.refetch()}>{t('retry')}</Button>
        </>
      ) : null}
      {load.status === 'ready' ? <ReflectionBody reflection={load.data.reflection} /> : null}
    </section>
  );
}

interface Values {
  texts: string[];
  drained: number;
  secure: number;
}

function ReflectionBody({ reflection }: { reflection: WeeklyReflection }) {
  const { t } = useTranslation('reviews');
  const user = useUser();
  const prompts = PROMPTS.map((key) => t(key));
  const [editing, setEditing] = useState(reflection.answers === null && reflection.open);
  const [flagged, setFlagged] = useState(false);
  const [saved, setSaved] = useState(false);
  const put = usePutWeeklyReflection();
  const form = useSteadyForm({
    schema: PutWeeklyReflectionBody,
    defaultValues: {
      texts: prompts.map((_, i) => reflection.answers?.[i]?.text ?? ''),
      drained: reflection.checks?.drained ?? 5,
      secure: reflection.checks?.secure ?? 5,
    },
    toBody: (v: Values) => ({
      answers: prompts.map((prompt, i) => ({ prompt, text: v.texts[i] ?? '' })),
      checks: { drained: v.drained, secure: v.secure },
    }),
    onSubmit: async (body) => {
      if (body.answers.every((a: { text: string }) => !a.text)) {
        form.setNotice({ text: t('writeSomething'), tone: 'error' });
        return;
      }
      const res = await put({ weekStart: reflection.weekStart, body });
      if (res.safety.crisis) setFlagged(true);
      setSaved(true);
      setEditing(false);
    },
  });
  const { texts, drained, secure } = form.values;

  if (editing)
    return (
      <FormShell form={form} className="form">
        {prompts.map((p, i) => (
          <TextAreaField
            key={i}
            label={p}
            name={`solo-${i}`}
            rows={3}
            value={texts[i] ?? ''}
            onChange={(e) => form.set({ texts: texts.map((x, j) => (j === i ? e.target.value : x)) })}
          />
        ))}
        <CrisisSupport text={texts.join('\n')} region={user.region} where="writing" flagged={flagged} />
        <WeeklyChecksFields
          hint={t('solo.checksHint')}
          secureLabel={t('solo.secure')}
          drained={drained}
          secure={secure}
          onChange={(change) => form.set(change)}
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('saving')}>
            {t('solo.submit')}
          </Button>
        </div>
        <FormMessage message={form.notice?.text ?? null} tone="error" />
      </FormShell>
    );

  return (
    <>
      {reflection.answers ? <Answers answers={reflection.answers} label={t('youWrote')} /> : <p className="muted">{t('solo.closed')}</p>}
      {saved ? (
        <p className="notice" role="status">
          {t('solo.saved')} <Link to="/support">{t('solo.seeSignals')}</Link>
        </p>
      ) : null}
      {reflection.open ? <Button onClick={() => setEditing(true)}>{t('change')}</Button> : null}
      {flagged ? <CrisisSupport text="" region={user.region} flagged /> : null}
    </>
  );
}
