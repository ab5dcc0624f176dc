import type { Problem } from '../../contracts/common.js';
import { currentLocale, i18n } from '../i18n/i18n.js';
import { SOURCE_LOCALE } from '../i18n/locales.js';
import { localFieldMessage } from '../lib/fieldWords.js';
import { localProblem } from './problemWords.js';

/**
 * The one way the web app talks to the server: same origin, JSON in and out, problem+json errors
 * turned into ApiError, the CSRF token on every change and an idempotency key on every create.
 *
 * The CSRF token lives in this module's memory only. Browser storage would outlive the session
 * and could be read by anything else running on the origin.
 */
let csrfToken: string | null = null;
const signedOutListeners = new Set<() => void>();
const lockedListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For the one request that must outlive its page (the quick exit's lock), which cannot go through `request`. */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Called when the server says the session is gone (expired, ended elsewhere, account deleted). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/** Called when the server says this session is behind the app lock (423): the app shows the lock screen. */
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  /** Field name (first path segment, e.g. "tags" for "tags.0") → message for that field. */
  readonly fieldErrors: Record<string, string>;
  /** Seconds to wait, from Retry-After on a 429. */
  readonly retryAfter: number | undefined;
  /** The problem type URI (about:blank for plain ones) and the whole body, for problems a screen acts on. */
  readonly type: string;
  readonly problem: Problem & Record<string, unknown>;

  constructor(problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.retryAfter = retryAfter;
    this.type = problem.type;
    this.problem = problem;
    this.fieldErrors = {};
    for (const e of problem.errors ?? []) {
      const field = e.field.split('.')[0] ?? e.field;
      // The server writes field messages in English; the person reads them in their language.
      this.fieldErrors[field] ??= localFieldMessage(e.message);
    }
  }

  /** A kind sentence for the person, never a stack trace or a status code alone; in their language. */
  get friendly(): string {
    if (currentLocale() !== SOURCE_LOCALE) return localProblem(this);
    if (this.status === 0) return this.detail ?? this.title;
    if (this.status === 429) {
      const title = this.title;
      const after = this.retryAfter;
      if (!after) return i18n.t('shared:net.waitLittle', { title });
      if (after < 90) return i18n.t('shared:net.waitSeconds', { title, seconds: Math.max(1, Math.round(after)) });
      return i18n.t('shared:net.waitMinutes', { title, minutes: Math.round(after / 60) });
    }
    if (!this.detail) return this.title;
    // Generic titles add nothing to the server's own sentence.
    if (GENERIC_TITLES.has(this.title)) return this.detail;
    return `${this.title.replace(/\.$/, '')}. ${this.detail}`;
  }
}

const GENERIC_TITLES = new Set(['Invalid request', 'Bad request']);

/** Whether an error is the server's answer of this problem type (the contract's name for what it means). */
export function isProblemOf(err: unknown, type: string): err is ApiError {
  return err instanceof ApiError && err.type === type;
}

/** No answer at all: the words are taken when it happens, in the language of that moment. */
export function offlineProblem(): Problem {
  return { type: 'about:blank', title: i18n.t('shared:net.offlineTitle'), status: 0, detail: i18n.t('shared:net.offline') };
}

export interface RequestOptions {
  body?: unknown;
  /** Creates pass true so a retried request never makes a second copy. */
  idempotent?: boolean;
  /** Reuse a key across retries of the same create (the form keeps it until the save succeeds). */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** A download: the body as a Blob rather than parsed JSON (problems still become ApiError). */
  raw?: boolean;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  // Steady's own words in an answer (a draft format, a kind phrasing) come in the person's language.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLocale() };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (opts.idempotent || opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey ?? crypto.randomUUID();

  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: opts.body === undefined ? null : JSON.stringify(opts.body),
      signal: opts.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(offlineProblem());
  }

  if (res.status === 204) return undefined as T;
  if (opts.raw && res.ok) return (await res.blob()) as T;
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (res.ok) return data as T;

  const problem = isProblem(data)
    ? data
    : { type: 'about:blank', title: res.statusText || i18n.t('shared:net.wentWrong'), status: res.status };
  const retry = Number(res.headers.get('retry-after'));
  const error = new ApiError(problem, Number.isFinite(retry) && retry > 0 ? retry : undefined);
  // A 401 on anything but the ways in (login, its second step, a passkey, signing up) means the session ended; let the app return to sign-in.
  if (res.status === 401 && !/^\/api\/v1\/auth\/(login|login\/complete|passkey\/finish|signup)$/.test(path)) {
    csrfToken = null;
    for (const listener of signedOutListeners) listener();
  }
  if (res.status === 423) for (const listener of lockedListeners) listener();
  throw error;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isProblem(data: unknown): data is Problem {
  return (
    typeof data === 'object' && data !== null && typeof (data as Problem).title === 'string' && typeof (data as Problem).status === 'number'
  );
}

/**
 * Sends a file's text as it is (not JSON), reporting upload progress: fetch cannot report it, so this
 * one request goes through XMLHttpRequest, with the same headers and the same problem handling.
 */
export function upload<T>(path: string, body: string, contentType: string, onProgress?: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', currentLocale());
    xhr.setRequestHeader('content-type', contentType);
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.setRequestHeader('idempotency-key', crypto.randomUUID());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(offlineProblem()));
    xhr.onload = () => {
      const data: unknown = xhr.responseText ? safeJson(xhr.responseText) : undefined;
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as T);
        return;
      }
      const problem = isProblem(data)
        ? data
        : { type: 'about:blank', title: xhr.statusText || i18n.t('shared:net.wentWrong'), status: xhr.status };
      const retry = Number(xhr.getResponseHeader('retry-after'));
      if (xhr.status === 401) {
        csrfToken = null;
        for (const listener of signedOutListeners) listener();
      }
      reject(new ApiError(problem, Number.isFinite(retry) && retry > 0 ? retry : undefined));
    };
    xhr.send(body);
  });
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, signal ? { signal } : {}),
  download: (path: string) => request<Blob>('GET', path, { raw: true }),
  post: <T>(path: string, body?: unknown, opts: Omit<RequestOptions, 'body'> = {}) => request<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body: unknown, opts: Omit<RequestOptions, 'body'> = {}) => request<T>('PATCH', path, { ...opts, body }),
  put: <T>(path: string, body: unknown, opts: Omit<RequestOptions, 'body'> = {}) => request<T>('PUT', path, { ...opts, body }),
  delete: <T = void>(path: string, body?: unknown) => request<T>('DELETE', path, body === undefined ? {} : { body }),
  upload,
};

/** Builds a query string from the defined values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
