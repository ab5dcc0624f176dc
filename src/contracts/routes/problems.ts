import { Problem } from '../common.js';

/** Problem responses every authenticated operation can give, for the OpenAPI document. */
export const authedProblems = {
  400: Problem.describe('Invalid input; `errors` names each field'),
  401: Problem.describe('Not signed in'),
  403: Problem.describe('Missing or wrong X-CSRF-Token'),
} as const;

export const withNotFound = { ...authedProblems, 404: Problem.describe('No such item, or not yours') } as const;
