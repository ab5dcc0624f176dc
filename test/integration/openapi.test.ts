import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Routes } from '../../src/contracts/routes/index.js';
import { harness, type Harness } from '../support/api.js';

const REQUIRED = [
  'getReassuranceInsights',
  'getHealth',
  'signup',
  'login',
  'logout',
  'getMe',
  'listSessions',
  'revokeSession',
  'changePassword',
  'requestPasswordReset',
  'resetPassword',
  'createJournalEntry',
  'listJournalEntries',
  'getJournalEntry',
  'updateJournalEntry',
  'deleteJournalEntry',
  'exportMe',
  'deleteMe',
  'checkText',
  'getCrisisResources',
  'createUrge',
  'listUrges',
  'getUrge',
  'updateUrge',
  'deleteUrge',
  'addUrgeFollowUp',
  'listUrgeTriggers',
  'createToolSession',
  'listToolSessions',
  'getToolSession',
  'deleteToolSession',
  'createThoughtRecord',
  'listThoughtRecords',
  'getThoughtRecord',
  'updateThoughtRecord',
  'deleteThoughtRecord',
  // Loneliness and reciprocity (issue 6): invitations, practices, disclosures, feedback links, monthly reviews.
  'createInvitation',
  'listInvitations',
  'updateInvitation',
  'deleteInvitation',
  'getInvitationSummary',
  'listPractices',
  'createPractice',
  'updatePractice',
  'deletePractice',
  'checkPracticeDay',
  'uncheckPracticeDay',
  'listDisclosures',
  'createDisclosure',
  'updateDisclosure',
  'deleteDisclosure',
  'createFeedbackLink',
  'listFeedback',
  'deleteFeedbackLink',
  'answerFeedback',
  'getFeedbackForm',
  'submitFeedbackForm',
  'listSocialReviews',
  'getSocialReview',
  'putSocialReview',
];

describe('OpenAPI document', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness('sqlite');
  });
  afterAll(async () => h.close());

  it('is OpenAPI 3.1 with an operationId on every operation', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThanOrEqual(REQUIRED.length);
    for (const op of ops) expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    const ids = ops.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids).toContain(id);
  });

  it('matches the committed docs/openapi.json, so contract changes show in review (npm run openapi)', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const committed = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(doc).toEqual(committed);
  });

  it('serves exactly the operations of the route table, each at its method and path', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const served = Object.entries(doc.paths as Record<string, Record<string, { operationId: string }>>)
      .flatMap(([path, item]) => Object.entries(item).map(([method, op]) => `${op.operationId} ${method.toUpperCase()} ${path}`))
      .sort();
    const table = Object.entries(Routes)
      .map(([id, r]) => `${id} ${r.method} ${r.path}`)
      .sort();
    expect(served).toEqual(table);
    for (const [id, r] of Object.entries(Routes)) expect(r.operationId).toBe(id);
  });
});
