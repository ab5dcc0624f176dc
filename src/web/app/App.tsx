import { RouterProvider } from 'react-router';
import { SessionProvider } from '../auth/session.js';
import { router } from './router.js';

export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
