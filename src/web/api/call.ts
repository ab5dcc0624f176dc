import type { z } from 'zod';
import { Routes } from '../../contracts/routes/index.js';
import { submit, type Submitted } from '../offline/outbox.js';
import { request, upload as uploadText, type RequestOptions } from './client.js';

/**
 * Typed calls by operationId, read from the route table the server registers from
 * (contracts/routes). Chosen over openapi-fetch because the zod schemas are already here and are
 * the source of docs/openapi.json: types come straight from them, with no code generation step
 * to forget and no second copy of every shape. The transport underneath stays client.ts
 * (problem+json → ApiError, CSRF, idempotency keys, 401 and 423 handling) and, for creates that
 * must work offline, the outbox.
 */
export type OperationId = keyof typeof Routes;
type Def<K extends OperationId> = (typeof Routes)[K];

type SuccessStatus = 200 | 201 | 202 | 204;
type Responses<K extends OperationId> = Def<K>['responses'];
/** The operation's answer on success: what its 2xx schema gives (nothing for a 204). */
export type Success<K extends OperationId> = {
  [S in Extract<keyof Responses<K>, SuccessStatus>]: S extends 204
    ? void
    : Responses<K>[S] extends z.ZodType
      ? z.output<Responses<K>[S]>
      : never;
}[Extract<keyof Responses<K>, SuccessStatus>];

/** Query values that are null or undefined are left out, so a screen can pass "no cursor yet" as it holds it. */
type Loose<T> = { [P in keyof T]?: T[P] | null };
type Part<Name extends string, T, Loosen extends boolean = false> = [T] extends [never]
  ? { [P in Name]?: never }
  : object extends T
    ? { [P in Name]?: Loosen extends true ? Loose<T> : T }
    : { [P in Name]: Loosen extends true ? Loose<T> : T };
type InputOf<K extends OperationId, Key extends string> = Def<K> extends { [P in Key]: infer S extends z.ZodType } ? z.input<S> : never;

export type CallArgs<K extends OperationId> = Part<'params', InputOf<K, 'params'>> &
  Part<'query', InputOf<K, 'query'>, true> &
  Part<'body', InputOf<K, 'body'>>;
export type CallOptions = Pick<RequestOptions, 'idempotent' | 'idempotencyKey' | 'signal'>;

type Rest<K extends OperationId, O> = object extends CallArgs<K> ? [args?: CallArgs<K>, opts?: O] : [args: CallArgs<K>, opts?: O];

type Values = Record<string, unknown> | undefined;

/** The operation's path with each `{name}` filled in (encoded) and the defined query values appended. */
export function urlOf(op: OperationId, args: { params?: unknown; query?: unknown } = {}): string {
  const params = args.params as Values;
  const path = Routes[op].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new Error(`${op} needs the path parameter "${name}"`);
    return encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));
  });
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries((args.query as Values) ?? {})) {
    for (const v of Array.isArray(value) ? value : [value])
      if (v !== undefined && v !== null && v !== '') q.append(key, String(v as string | number | boolean));
  }
  const search = q.toString();
  return search ? `${path}?${search}` : path;
}

/** Calls one operation; a problem answer throws ApiError as every request does. */
export function call<K extends OperationId>(op: K, ...[args, opts]: Rest<K, CallOptions>): Promise<Success<K>> {
  const body = (args as { body?: unknown } | undefined)?.body;
  return request<Success<K>>(Routes[op].method, urlOf(op, args), { ...opts, ...(body !== undefined && { body }) });
}

type Queueable = { [K in OperationId]: Def<K>['method'] extends 'POST' | 'PATCH' ? K : never }[OperationId];

/**
 * Sends through the offline outbox: now when it can, else queued and sent once, later, under one
 * Idempotency-Key (see offline/outbox.ts). `resultKey` names where a create's new object sits in
 * the answer, so later queued changes may refer to it before it has a server id.
 */
export function submitCall<K extends Queueable>(
  op: K,
  args: CallArgs<K>,
  opts: { resultKey?: string } = {},
): Promise<Submitted<Success<K>>> {
  return submit<Success<K>>({ op, method: Routes[op].method, url: urlOf(op, args), body: (args as { body?: unknown }).body, ...opts });
}

type Uploadable = { [K in OperationId]: Def<K> extends { consumes: readonly string[] } ? K : never }[OperationId];

/** Sends a file's text as it is, in the operation's own content type, reporting progress. */
export function upload<K extends Uploadable>(op: K, text: string, onProgress?: (fraction: number) => void): Promise<Success<K>> {
  const [contentType = 'text/plain'] = Routes[op].consumes;
  return uploadText<Success<K>>(urlOf(op), text, contentType, onProgress);
}
