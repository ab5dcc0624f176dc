import { Link, useNavigate } from 'react-router';
import { Page } from '../../components/Page.js';
import { useTranslation } from '../../i18n/i18n.js';
import { useCreatePerson } from './queries.js';
import { PersonForm } from './PersonForm.js';

export function NewPersonPage() {
  const { t } = useTranslation('social');
  const navigate = useNavigate();
  const createPerson = useCreatePerson();
  return (
    <Page title={t('newPerson.title')} lead={t('newPerson.lead')}>
      <p>
        <Link to="/people">{t('backToMap')}</Link>
      </p>
      <section className="card">
        <PersonForm
          person={null}
          submitLabel={t('newPerson.submit')}
          onSave={async (body) => {
            const { person } = await createPerson(body);
            await navigate(`/people/${person.id}`, { state: { added: true } });
          }}
        />
      </section>
    </Page>
  );
}
