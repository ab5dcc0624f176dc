// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CrisisAwareTextField } from './CrisisAwareTextField.js';

// The panel reads who is signed in; nobody is, here, so it offers a plan rather than showing one.
vi.mock('../auth/session.js', () => ({ useSession: () => ({ user: null }) }));

const ANNOUNCEMENT = 'Support lines are now shown below what you wrote.';

function Note({ alsoWatch, onCrisis }: { alsoWatch?: string; onCrisis?: () => void }) {
  const [text, setText] = useState('');
  return (
    <MemoryRouter>
      <CrisisAwareTextField
        label="A note"
        name="note"
        value={text}
        onChange={(e) => setText(e.target.value)}
        region="GB"
        where="writing"
        {...(alsoWatch !== undefined && { alsoWatch })}
        {...(onCrisis && { onCrisis })}
      />
    </MemoryRouter>
  );
}

beforeEach(() => {
  // The lines bundled with the app stand in when the server cannot be asked.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
});

describe('CrisisAwareTextField', () => {
  it('keeps an empty polite live region until the words sound like danger, then announces and shows the panel below', async () => {
    const user = userEvent.setup();
    const onCrisis = vi.fn();
    render(<Note onCrisis={onCrisis} />);
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');
    await user.type(screen.getByLabelText('A note'), 'a long day at work');
    await new Promise((r) => setTimeout(r, 600));
    expect(live?.textContent).toBe('');
    expect(screen.queryByTestId('crisis-panel')).toBeNull();

    await user.clear(screen.getByLabelText('A note'));
    await user.type(screen.getByLabelText('A note'), 'I want to kill myself');
    expect(await screen.findByText(ANNOUNCEMENT)).toBe(live);
    const panel = await screen.findByTestId('crisis-panel');
    expect(panel.textContent).toContain('Your words are still here, exactly as you wrote them');
    expect(onCrisis).toHaveBeenCalledTimes(1);

    // Once shown it stays for the visit, whatever is typed next.
    await user.clear(screen.getByLabelText('A note'));
    await new Promise((r) => setTimeout(r, 600));
    expect(screen.getByTestId('crisis-panel')).toBeTruthy();
  });

  it('checks the words of the form’s other boxes with its own', async () => {
    render(<Note alsoWatch="I want to end my life" />);
    expect(await screen.findByText(ANNOUNCEMENT)).toBeTruthy();
    expect(screen.getByTestId('crisis-panel')).toBeTruthy();
  });
});
