import { z } from 'zod';
import { IdParams } from '../common.js';
import { AssessmentPage, AssessmentResponse, InstrumentList, ListAssessmentsQuery, SubmitAssessmentBody } from './assessments.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const assessmentsTable = defineRoutes({
  listInstruments: { method: 'GET', path: '/api/v1/instruments', responses: { 200: InstrumentList, ...authedProblems } },
  submitAssessment: {
    method: 'POST',
    path: '/api/v1/assessments',
    body: SubmitAssessmentBody,
    responses: { 201: AssessmentResponse, ...authedProblems },
  },
  listAssessments: {
    method: 'GET',
    path: '/api/v1/assessments',
    query: ListAssessmentsQuery,
    responses: { 200: AssessmentPage, ...authedProblems },
  },
  deleteAssessment: {
    method: 'DELETE',
    path: '/api/v1/assessments/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
});
