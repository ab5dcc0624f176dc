import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One operation as it travels on the wire: the server registers from it (server/routes/define.ts)
 * and the web client calls through it (web/api/call.ts), so a path, a method or a shape exists once.
 * `path` is written the OpenAPI way, `{id}`.
 */
export interface RouteShape {
  method: HttpMethod;
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Status → schema, successes and problems alike, as the OpenAPI document lists them. */
  responses: Readonly<Record<number, z.ZodType>>;
  /** Request content types other than JSON (a vCard upload). */
  consumes?: readonly string[];
  /** Response content types other than JSON (HTML, CSV, iCalendar, an event stream). */
  produces?: readonly string[];
}

export type RouteDef<Id extends string = string> = RouteShape & { operationId: Id };

/** Stamps each entry with its key as operationId, so the name is written once too. */
export function defineRoutes<const T extends Record<string, RouteShape>>(
  routes: T,
): { [K in keyof T & string]: T[K] & { operationId: K } } {
  return Object.fromEntries(Object.entries(routes).map(([operationId, r]) => [operationId, { ...r, operationId }])) as {
    [K in keyof T & string]: T[K] & { operationId: K };
  };
}
