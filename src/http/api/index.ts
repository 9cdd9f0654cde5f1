// The API under /api/v1: authentication, applications, consents, cabinet, ЦОН console, and in
// development the SMS sink. Idempotency keys apply to every POST.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ServiceContext } from '../../services/context.ts';
import { DevSmsSink } from '../../services/messaging/sms-gateway.ts';
import { addressRoutes } from './address-routes.ts';
import { applicationRoutes } from './application-routes.ts';
import type { ApiEnv } from './auth.ts';
import { authRoutes } from './auth-routes.ts';
import { cabinetRoutes } from './cabinet-routes.ts';
import { certificateRoutes } from './certificate-routes.ts';
import { devRoutes } from './dev-routes.ts';
import { mountDocs } from './docs.ts';
import { idempotency } from './idempotency.ts';
import { operatorRoutes } from './operator-routes.ts';
import { paymentRoutes } from './payment-routes.ts';
import { newApi } from './route.ts';

export function createApi(ctx: ServiceContext, options: { devSms: boolean }) {
  const api = newApi<ApiEnv>();
  api.use('*', idempotency(ctx));
  const auth = authRoutes(ctx);
  api.route('/', auth.open);
  api.route('/', auth.authed);
  api.route('/', applicationRoutes(ctx));
  api.route('/', cabinetRoutes(ctx));
  api.route('/', operatorRoutes(ctx));
  api.route('/', certificateRoutes(ctx));
  api.route('/', addressRoutes(ctx));
  api.route('/', paymentRoutes(ctx));
  if (options.devSms && ctx.sms instanceof DevSmsSink) api.route('/', devRoutes(ctx.sms));
  return api;
}

export function createApiRoot(ctx: ServiceContext, options: { devSms: boolean }) {
  const root = new OpenAPIHono();
  root.route('/api/v1', createApi(ctx, options));
  mountDocs(root);
  return root;
}
