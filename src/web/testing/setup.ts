import { cleanup } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';

// Each test starts with an empty IndexedDB of its own. A test that means to "reload" keeps the
// factory and imports its modules again (vi.resetModules), as a new page would over the same disk.
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(() => {
  // Without vitest's globals Testing Library cannot unmount by itself.
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
