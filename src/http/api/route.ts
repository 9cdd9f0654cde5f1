// A compact way to declare an API route: its schemas (which validate and document it), its
// security and its success response. Error responses share one documented shape.
import { createRoute, OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import { AppError } from '../../errors.ts';
import type { Context, Env } from 'hono';
import { ErrorBody } from './schemas.ts';

type Method = 'get' | 'post' | 'put' | 'delete';

interface Spec {
  tag: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  status?: 200 | 201 | 202;
  auth?: boolean;
}

const errors = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: ErrorBody } } },
  401: { description: 'Not logged in', content: { 'application/json': { schema: ErrorBody } } },
  403: { description: 'Not allowed', content: { 'application/json': { schema: ErrorBody } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorBody } } },
  409: { description: 'Conflict with the current state', content: { 'application/json': { schema: ErrorBody } } },
  429: { description: 'Too many requests', content: { 'application/json': { schema: ErrorBody } } },
} as const;

export function route<M extends Method, P extends string>(method: M, path: P, spec: Spec) {
  const request: RouteConfig['request'] = {
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { query: spec.query } : {}),
    ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } }, required: true } } : {}),
    // Issue 14: no Idempotency-Key on the authentication routes (idempotency.ts).
    ...(method === 'post' && spec.auth !== false && !path.startsWith('/auth/')
      ? {
          headers: z.object({
            'idempotency-key': z
              .string()
              .optional()
              .openapi({ description: 'Retries with the same key replay the first response' }),
          }),
        }
      : {}),
  };
  return createRoute({
    method,
    path,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.auth === false ? {} : { security: [{ bearer: [] }] }),
    request,
    responses: {
      [spec.status ?? 200]: { description: 'OK', content: { 'application/json': { schema: spec.response } } },
      ...errors,
    },
  });
}

/** The validated input of a route declared with `route()` (validation already ran). */
export function valid<S extends z.ZodType>(
  c: { req: { valid: (target: never) => unknown } },
  target: 'json' | 'param' | 'query',
  _schema: S,
): z.infer<S> {
  return c.req.valid(target as never) as z.infer<S>;
}

/**
 * Adds a route to the app: the validator and the OpenAPI entry come from `config`. Taken as a
 * plain RouteConfig, @hono/zod-openapi lets the handler answer any Response rather than one typed
 * per status: handlers answer with the documented schemas, and the API tests check the bodies.
 */
export function register<E extends Env>(
  app: OpenAPIHono<E>,
  config: RouteConfig,
  handler: (c: Context<E>) => Response | Promise<Response>,
): void {
  app.openapi(config, handler);
}

/**
 * A router whose schema failures become the one coded error body (onError in app.ts), with a
 * JSON pointer to the offending field. Every API router is made here, as hooks do not inherit.
 */
export function newApi<E extends Env = Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const path = `/${issue.path.map(String).join('/')}`;
        // plainText() (domain/text.ts) names its own code.
        if (issue.message === 'invalid-text') throw new AppError('invalid-text', { field: path }, { path });
        throw new AppError('invalid-request', { detail: issue.message }, { path });
      }
    },
  });
}
