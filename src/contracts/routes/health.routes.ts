import { Health } from '../health.js';
import { defineRoutes } from './define.js';

export const healthTable = defineRoutes({
  getHealth: { method: 'GET', path: '/api/health', responses: { 200: Health } },
});
