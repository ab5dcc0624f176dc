import { Link } from 'react-router';
import { Grounding } from '../../components/Grounding.js';
import { Page } from '../../components/Page.js';
import { ToolFlow, useUrgeRef, withUrge } from './ToolFlow.js';

export function GroundingPage() {
  const urge = useUrgeRef();
  return (
    <Page
      title="5-4-3-2-1 grounding"
      lead="When thoughts race ahead, your senses can bring you back to the room you are in. One step at a time, at your own pace."
      className="tool"
    >
      <p className="back-link">
        <Link to={withUrge('/tools', urge)}>All tools</Link>
      </p>
      <ToolFlow
        tool="grounding"
        variant="5-4-3-2-1"
        startLabel="Start grounding"
        run={(finish) => <Grounding autoStart onFinish={finish} />}
      />
    </Page>
  );
}
