// The personal cabinet: my registrations (current and past) and my notifications.
import { z } from '@hono/zod-openapi';
import { localize, type MessageKey } from '../../i18n/messages.ts';
import { notificationsOf, registrationsOf } from '../../services/cabinet.ts';
import type { ServiceContext } from '../../services/context.ts';
import { type ApiEnv, requireSession } from './auth.ts';
import { newApi, register, route } from './route.ts';
import { Localized as LocalizedSchema } from './schemas.ts';

const Registrations = z
  .object({
    items: z.array(
      z.object({
        rka: z.string(),
        address: z.string().nullable(),
        kind: z.string(),
        from: z.string(),
        to: z.string().nullable(),
      }),
    ),
  })
  .openapi('MyRegistrations');
const Notifications = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        template: z.string(),
        message: LocalizedSchema,
        applicationId: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('Notifications');

export function cabinetRoutes(ctx: ServiceContext) {
  const app = newApi<ApiEnv>();
  app.use('/cabinet/*', requireSession(ctx));
  const tag = 'Personal cabinet';

  register(
    app,
    route('get', '/cabinet/registrations', { tag, summary: 'My registrations, newest first', response: Registrations }),
    async (c) => {
      const items = await registrationsOf(ctx, c.get('principal').iin);
      return c.json({ items }, 200);
    },
  );

  register(
    app,
    route('get', '/cabinet/notifications', { tag, summary: 'My notifications, newest first', response: Notifications }),
    async (c) => {
      const rows = await notificationsOf(ctx, c.get('principal').iin);
      const items = rows.map((r) => ({
        id: r.id,
        template: r.template,
        message: localize(r.template as MessageKey, r.params),
        applicationId: r.applicationId,
        createdAt: r.createdAt.toISOString(),
      }));
      return c.json({ items }, 200);
    },
  );
  return app;
}
