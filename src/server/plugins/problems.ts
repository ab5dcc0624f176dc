import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldError } from '../../contracts/common.js';
import { isForeignKeyViolation } from '../../db/database.js';
import { HttpProblem, badRequest, notFound } from '../problem.js';

type Location = FieldError['in'];
const LOCATION: Record<string, Location> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

/** The shape fastify-type-provider-zod gives each failed check (its exported type does not resolve for lint). */
interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

interface ZodIssueLike {
  code?: string;
  path?: PropertyKey[];
  keys?: string[];
  message?: string;
}

/** Names every bad field; unknown keys are reported by their own names, not by their parent. */
export function fieldErrors(issues: ZodIssueLike[], where: Location): FieldError[] {
  return issues.flatMap((issue) => {
    const base = (issue.path ?? []).map(String);
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((k) => ({ field: [...base, k].join('.'), in: where, message: 'This field is not allowed' }));
    }
    return [{ field: base.join('.') || where, in: where, message: issue.message ?? 'Invalid value' }];
  });
}

function toProblem(err: FastifyError): HttpProblem {
  if (err instanceof HttpProblem) return err;
  // Only reachable in a race: the item this request pointed at was deleted while it ran.
  if (isForeignKeyViolation(err)) return notFound();
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = LOCATION[err.validationContext ?? 'body'] ?? 'body';
    return badRequest(
      fieldErrors(
        (err.validation as unknown as ValidationItem[]).map((v) => ({
          code: v.keyword,
          path: v.instancePath.split('/').filter(Boolean),
          keys: (v.params as { keys?: string[] }).keys,
          message: v.message,
        })),
        where,
      ),
    );
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return badRequest(
        [{ field: 'body', in: 'body', message: 'The body is not valid JSON' }],
        'The request body could not be read as JSON.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(415, 'Unsupported media type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(413, 'Request too large', 'The request body is larger than Steady accepts.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return badRequest([{ field: 'content-length', in: 'headers', message: 'Content-Length does not match the body' }]);
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_INVALID_URL':
      return badRequest([{ field: 'url', in: 'params', message: 'The address is malformed' }]);
  }
  // Fastify marks client errors (e.g. malformed bodies) with a 4xx status; keep them 4xx.
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return new HttpProblem(err.statusCode, 'Bad request', 'The request could not be processed.');
  }
  return new HttpProblem(500, 'Something went wrong', 'Nothing you wrote was lost. Please try again in a moment.');
}

export const problemsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let problem: HttpProblem;
    try {
      problem = toProblem(err);
    } catch {
      problem = toProblem(new Error('unmappable error') as FastifyError);
    }
    if (problem.status >= 500) {
      // Only the error's type, code and stack: driver errors can carry row values in `detail`.
      req.log.error({ err: { type: err.name, code: err.code, message: err.message, stack: err.stack } }, 'request failed');
    }
    void reply
      .code(problem.status)
      .headers(problem.headers ?? {})
      .type('application/problem+json')
      .serializer(JSON.stringify)
      .send(problem.toJSON());
  });
});
