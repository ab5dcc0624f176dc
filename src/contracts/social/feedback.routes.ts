import { z } from 'zod';
import { IdParams, Problem } from '../common.js';
import {
  AnswerFeedbackBody,
  AnswerFeedbackResponse,
  CreateFeedbackLinkBody,
  FeedbackLinkCreated,
  FeedbackList,
  FeedbackTokenParams,
} from './feedback.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const feedbackTable = defineRoutes({
  createFeedbackLink: {
    method: 'POST',
    path: '/api/v1/people/{id}/feedback-links',
    params: IdParams,
    body: CreateFeedbackLinkBody,
    responses: { 201: FeedbackLinkCreated, ...withNotFound },
  },
  listFeedback: {
    method: 'GET',
    path: '/api/v1/people/{id}/feedback',
    params: IdParams,
    responses: { 200: FeedbackList, ...withNotFound },
  },
  deleteFeedbackLink: {
    method: 'DELETE',
    path: '/api/v1/feedback-links/{id}',
    params: IdParams,
    responses: { 204: z.null().describe('Deleted'), ...withNotFound },
  },
  answerFeedback: {
    method: 'POST',
    path: '/api/v1/feedback/{token}',
    params: FeedbackTokenParams,
    body: AnswerFeedbackBody,
    responses: {
      201: AnswerFeedbackResponse,
      400: Problem.describe('Invalid input; `errors` names each field'),
      404: Problem.describe('No such link'),
      410: Problem.describe('Already answered, or expired'),
      429: Problem.describe('Too many requests from this address; see Retry-After'),
    },
  },
  getFeedbackForm: {
    method: 'GET',
    path: '/f/{token}',
    params: FeedbackTokenParams,
    responses: {
      200: z.string().describe('An HTML page (text/html)'),
      404: Problem.describe('No such link'),
      410: Problem.describe('Already answered, or expired'),
      429: Problem.describe('Too many requests from this address; see Retry-After'),
    },
  },
  submitFeedbackForm: {
    method: 'POST',
    path: '/f/{token}',
    params: FeedbackTokenParams,
    responses: {
      200: z.string().describe('An HTML page (text/html)'),
      400: Problem.describe('Invalid input; `errors` names each field'),
      404: Problem.describe('No such link'),
      410: Problem.describe('Already answered, or expired'),
      429: Problem.describe('Too many requests from this address; see Retry-After'),
    },
  },
});
