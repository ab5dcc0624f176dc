import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Before anything draws: the catalogs and the person's language are ready for the first paint.
import './i18n/i18n.js';
import { App } from './app/App.js';
import { leaveAgainIfExited } from './features/account/app-lock/quickExit.js';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('Steady needs a #root element in index.html');

// Back after a quick exit: go to the plain page again before drawing anything.
if (!leaveAgainIfExited())
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
