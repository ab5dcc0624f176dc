import { Link } from 'react-router';
import { Page } from '../../components/Page.js';
import { QuickLinks } from '../../components/QuickLinks.js';
import { useUrgeRef, withUrge } from './ToolFlow.js';

const TOOLS = [
  {
    path: '/tools/breathing',
    title: 'Paced breathing',
    text: 'Box, 4-7-8 or resonance breathing with a quiet guide, for one to five minutes.',
  },
  { path: '/tools/grounding', title: '5-4-3-2-1 grounding', text: 'Use your senses, one at a time, to come back to the room you are in.' },
  { path: '/tools/muscles', title: 'Muscle relaxation', text: 'Tense and release, from your hands to your feet. About three minutes.' },
  {
    path: '/tools/thoughts',
    title: 'Thought record',
    text: 'Slow a worried thought down, notice any thinking traps, and find a more balanced view.',
  },
  {
    path: '/pause-message',
    title: 'Pause before sending',
    text: 'Write the message first, name the feeling, and wait a few minutes before you decide.',
  },
  { path: '/tools/journal', title: 'Reflective writing', text: 'A prompt about what set the worry off, in your own journal.' },
] as const;

export function ToolsPage() {
  const urge = useUrgeRef();
  return (
    <Page
      title="Toolkit"
      heading="Your toolkit"
      lead="Ways to soothe yourself that don’t depend on anyone else’s answer. Try one; before and after, you rate how you feel, so you learn what works for you."
    >
      {urge ? (
        <p className="notice">
          Whatever you choose here will be linked to the urge you just logged.{' '}
          <Link to={`/urge/${encodeURIComponent(urge)}`}>Back to your pause</Link>
        </p>
      ) : null}
      <QuickLinks
        label="Tools"
        className="tool-links"
        places={TOOLS.map((t) => ({
          to: t.path === '/tools/thoughts' || t.path === '/pause-message' ? t.path : withUrge(t.path, urge),
          title: t.title,
          text: t.text,
        }))}
      />
      <p>
        For the hardest moments, <Link to="/safety-plan">your safety plan</Link> keeps what you wrote on a calmer day, even without a
        signal.
      </p>
      <p className="muted">
        Want to see which tools help you most? <Link to="/insights">My urges over time</Link> shows the average change for each.
      </p>
    </Page>
  );
}
