import { Link, useNavigate } from 'react-router';
import { Page } from '../../components/Page.js';
import { useCreatePerson } from './queries.js';
import { PersonForm } from './PersonForm.js';

export function NewPersonPage() {
  const navigate = useNavigate();
  const createPerson = useCreatePerson();
  return (
    <Page title="Add someone" lead="Anyone who is part of your life, however small the part. You can change any of this later.">
      <p>
        <Link to="/people">Back to your map</Link>
      </p>
      <section className="card">
        <PersonForm
          person={null}
          submitLabel="Add to my map"
          onSave={async (body) => {
            const { person } = await createPerson(body);
            await navigate(`/people/${person.id}`, { state: { added: true } });
          }}
        />
      </section>
    </Page>
  );
}
