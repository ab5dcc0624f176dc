import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { DISTORTIONS } from '../../../../contracts/reassurance/distortions.js';
import { useUser } from '../../../auth/session.js';
import { Button } from '../../../components/Button.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { CrisisPanel } from '../../../components/CrisisPanel.js';
import { FormMessage } from '../../../components/FormMessage.js';
import { ItemNotFound, ItemPending } from '../../../components/ItemStates.js';
import { Page } from '../../../components/Page.js';
import { useSteadyForm } from '../../../forms/useSteadyForm.js';
import { NO_VALUES, NoBody } from '../../../forms/noBody.js';
import { useTranslation } from '../../../i18n/i18n.js';
import { formatDateTime } from '../../../lib/dates.js';
import { loadedItem } from '../../../query/loaded.js';
import { useRemoveThoughtRecord, useThoughtRecord, useUpdateThoughtRecord } from './queries.js';
import { fromRecord, ThoughtForm, type ThoughtBody } from './ThoughtForm.js';

interface SavedState {
  saved?: 'created' | 'updated';
  crisis?: boolean;
}

/** Deleting sends no body: the form hook still owns its busy state and the problem's sentence. */

export function ThoughtPage() {
  const { t } = useTranslation('tools');
  const { id = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const query = useThoughtRecord(id);
  const load = loadedItem(query);
  const updateRecord = useUpdateThoughtRecord();
  const removeRecord = useRemoveThoughtRecord();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(() =>
    (location.state as SavedState | null)?.saved === 'created' ? t('thought.savedNew') : null,
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deletion = useSteadyForm({
    schema: NoBody,
    defaultValues: NO_VALUES,
    onSubmit: async () => {
      try {
        await removeRecord.mutateAsync(id);
      } catch (err) {
        setConfirmDelete(false);
        setSaved(null);
        throw err;
      }
      await navigate('/tools/thoughts', { state: { deleted: true } });
    },
  });

  useEffect(() => {
    if ((location.state as SavedState | null)?.saved) void navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  if (load.status === 'missing') {
    return (
      <ItemNotFound
        title={t('thought.notFoundTitle')}
        heading={t('thought.notFound')}
        back={{ to: '/tools/thoughts', label: t('thought.goToList') }}
      />
    );
  }
  if (load.status !== 'ready') {
    return (
      <ItemPending title={t('thought.title')} error={load.status === 'error' ? load.message : null} retry={() => void query.refetch()} />
    );
  }

  const { record, crisis } = load.data;

  async function update(body: ThoughtBody) {
    await updateRecord.mutateAsync({ id: record.id, body });
    setEditing(false);
    setSaved(t('thought.savedChanges'));
  }

  if (editing) {
    return (
      <Page title={t('thought.editTitle')}>
        <ThoughtForm
          draftKey={record.id}
          initial={fromRecord(record)}
          region={user.region}
          submitLabel={t('thought.saveChanges')}
          cancel={{ onCancel: () => setEditing(false) }}
          onSave={update}
        />
      </Page>
    );
  }

  const traps = DISTORTIONS.filter((d) => record.distortions.includes(d.id));
  return (
    <Page title={t('thought.title')} heading={t('thought.title')}>
      <p className="back-link">
        <Link to="/tools/thoughts">{t('thought.allRecords')}</Link>
      </p>
      <FormMessage message={deletion.notice?.text ?? saved} tone={deletion.notice ? 'error' : 'success'} />
      {crisis ? <CrisisPanel region={user.region} /> : null}
      <dl className="record" data-testid="thought-record">
        <div>
          <dt>{t('thought.when')}</dt>
          <dd>{formatDateTime(record.occurredAt, user.timeZone)}</dd>
        </div>
        <div>
          <dt>{t('thought.situation')}</dt>
          <dd className="record-text">{record.situation}</dd>
        </div>
        <div>
          <dt>{t('thought.automaticThought')}</dt>
          <dd className="record-text">{record.automaticThought}</dd>
        </div>
        <div>
          <dt>{t('thought.feeling')}</dt>
          <dd>
            {record.emotionIntensityAfter !== null
              ? t('thought.feelingValueAfter', {
                  emotion: record.emotion,
                  intensity: record.emotionIntensity,
                  after: record.emotionIntensityAfter,
                })
              : t('thought.feelingValue', { emotion: record.emotion, intensity: record.emotionIntensity })}
          </dd>
        </div>
        {traps.length ? (
          <div>
            <dt>{t('thought.traps')}</dt>
            <dd>
              <ul className="plain-list">
                {traps.map((d) => (
                  <li key={d.id}>
                    <strong>{t(`distortions.${d.id}.name`)}</strong>: {t(`distortions.${d.id}.explanation`)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {record.evidenceFor ? (
          <div>
            <dt>{t('thought.evidenceFor')}</dt>
            <dd className="record-text">{record.evidenceFor}</dd>
          </div>
        ) : null}
        {record.evidenceAgainst ? (
          <div>
            <dt>{t('thought.evidenceAgainst')}</dt>
            <dd className="record-text">{record.evidenceAgainst}</dd>
          </div>
        ) : null}
        {record.balancedThought ? (
          <div>
            <dt>{t('thought.balancedThought')}</dt>
            <dd className="record-text record-balanced">{record.balancedThought}</dd>
          </div>
        ) : null}
      </dl>
      <div className="actions">
        <Button
          variant="primary"
          onClick={() => {
            deletion.setNotice(null);
            setEditing(true);
          }}
        >
          {t('thought.edit')}
        </Button>
        <Button variant="quiet" onClick={() => setConfirmDelete(true)}>
          {t('thought.delete')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={t('thought.deleteTitle')}
        confirmLabel={t('thought.deleteConfirm')}
        cancelLabel={t('thought.keep')}
        tone="danger"
        busy={deletion.busy}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void deletion.submitWith()}
      >
        <p>{t('thought.deleteText')}</p>
      </ConfirmDialog>
    </Page>
  );
}
