import { RouterProvider } from 'react-router';
import { SessionProvider } from '../auth/session.js';
import { QueryProvider } from '../query/QueryProvider.js';
import { router } from './router.js';

export function App() {
  return (
    <QueryProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryProvider>
  );
}
