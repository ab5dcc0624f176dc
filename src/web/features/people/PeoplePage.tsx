import { Link } from 'react-router';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { loaded } from '../../query/loaded.js';
import { usePeople, useReachOut } from './queries.js';
import { PeopleLinks } from './PeopleLinks.js';
import { ReachOutList } from './ReachOutList.js';
import { SocialMap } from './SocialMap.js';

/** The social map: who is in your life, where, and how close, with a gentle nudge towards contact. */
export function PeoplePage() {
  const peopleQuery = usePeople();
  const people = loaded(peopleQuery);
  const reachOut = loaded(useReachOut());

  return (
    <Page
      title="People"
      heading="The people in your life"
      lead="A quiet map of who’s around you, near and far. It’s here to help you notice connection, never to keep score."
      className="people"
    >
      <PeopleLinks />
      <div className="actions">
        <Link to="/people/new" className="button button-primary">
          Add someone
        </Link>
        <Link to="/people/import" className="button button-secondary">
          Import contacts
        </Link>
        <Link to="/people/log" className="button button-secondary">
          Log time together
        </Link>
      </div>
      <ReachOutList state={reachOut} />
      {people.status === 'loading' ? <Loading /> : null}
      {people.status === 'error' ? (
        <>
          <p className="notice notice-error">{people.message}</p>
          <Button onClick={() => void peopleQuery.refetch()}>Try again</Button>
        </>
      ) : null}
      {people.status === 'ready' ? <SocialMap people={people.data} /> : null}
    </Page>
  );
}
