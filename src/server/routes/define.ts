import type {
  ContextConfigDefault,
  FastifyBaseLogger,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteShorthandOptionsWithHandler,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDef } from '../../contracts/routes/define.js';
import type { App } from '../types.js';

/** The table's entry as Fastify's schema, so the handler's request and reply are typed from it. */
type SchemaOf<R extends RouteDef> = {
  params: R['params'];
  querystring: R['query'];
  body: R['body'];
  response: R['responses'];
};

/** Fastify's options for one route whose schema is the entry's, so request and reply are typed from the table. */
type Typed<R extends RouteDef> = RouteShorthandOptionsWithHandler<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  SchemaOf<R>,
  ZodTypeProvider,
  FastifyBaseLogger
>;
type Options<R extends RouteDef> = Omit<Typed<R>, 'schema' | 'handler'>;

/** What the OpenAPI document says about an operation beyond its wire shape, plus Fastify's route options. */
export type RouteMeta<R extends RouteDef> = Options<R> & {
  tags: string[];
  summary: string;
  description?: string;
  /** `[]` for an operation anyone may call. */
  security?: Record<string, string[]>[];
};

export type Handler<R extends RouteDef> = Typed<R>['handler'];

/**
 * Registers one operation of the route table (contracts/routes): its method, path and schemas
 * come from there, so the served OpenAPI document and the web client cannot disagree with it.
 */
export function route<R extends RouteDef>(app: App, def: R, meta: RouteMeta<R>, handler: Handler<R>): void {
  const { tags, summary, description, security, ...options } = meta;
  // Only the keys an operation has, in the order @fastify/swagger ignores anyway: an undefined key would still be "present".
  const schema = {
    operationId: def.operationId,
    tags,
    summary,
    ...(description !== undefined && { description }),
    ...(def.params && { params: def.params }),
    ...(def.query && { querystring: def.query }),
    ...(def.body && { body: def.body }),
    response: def.responses,
    ...(def.consumes && { consumes: [...def.consumes] }),
    ...(def.produces && { produces: [...def.produces] }),
    ...(security && { security }),
  };
  app.route({
    ...options,
    method: def.method,
    url: def.path.replace(/\{(\w+)\}/g, ':$1'),
    schema,
    handler,
  } as Parameters<App['route']>[0]);
}
