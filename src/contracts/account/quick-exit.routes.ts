import { QuickExitTarget } from './quick-exit.js';
import { defineRoutes } from '../routes/define.js';

export const quickExitTable = defineRoutes({
  getQuickExit: { method: 'GET', path: '/api/v1/quick-exit', responses: { 200: QuickExitTarget } },
});
