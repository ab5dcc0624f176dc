import { Link } from 'react-router';
import { Page } from '../../components/Page.js';

/** A pair screen opened by someone not (or no longer) linked: a kind way back. */
export function NotLinkedNotice({ title }: { title: string }) {
  return (
    <Page title={title} heading="You are not linked with anyone right now">
      <p className="page-lead">
        This part of Steady is shared between two linked people. If you unlinked, what you wrote is still in your export.
      </p>
      <div className="actions">
        <Link to="/pair" className="button button-primary">
          Go to your pair space
        </Link>
      </div>
    </Page>
  );
}
