import type { FieldError, Problem } from '../contracts/common.js';

/** An error that maps to one RFC 9457 problem; thrown from handlers and plugins alike. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** A problem type URI (RFC 9457 §3.1.1) and extension members, for answers a client acts on. */
    readonly more?: { type?: string; extensions?: Record<string, unknown> },
  ) {
    super(title);
  }

  toJSON(): Problem {
    return {
      ...this.more?.extensions,
      type: this.more?.type ?? 'about:blank',
      title: this.title,
      status: this.status,
      ...(this.detail !== undefined && { detail: this.detail }),
      ...(this.errors !== undefined && { errors: this.errors }),
    };
  }
}

// One wording per answer, so a stranger's id and a missing id are indistinguishable.
export const notFound = () => new HttpProblem(404, 'Not found', 'There is nothing here, or it is not yours to see.');
export const unauthorized = () => new HttpProblem(401, 'Not signed in', 'Log in to continue.');
export const badRequest = (errors: FieldError[], detail = 'Some fields need another look.') =>
  new HttpProblem(400, 'Invalid request', detail, errors);
