// The personal cabinet: my registrations (current and past) and my notifications.
import { z } from '@hono/zod-openapi';
import { localize, type MessageKey } from '../../i18n/messages.ts';
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
      const iin = c.get('principal').iin;
      const rows = await ctx.database.db
        .selectFrom('registrations')
        .leftJoin('dwellings', 'dwellings.rka', 'registrations.rka')
        .select([
          'registrations.rka',
          'dwellings.address',
          'registrations.kind',
          'registrations.valid_from',
          'registrations.valid_to',
        ])
        .where('registrations.iin', '=', iin)
        .orderBy('registrations.valid_from', 'desc')
        .orderBy('registrations.id', 'desc')
        .execute();
      return c.json(
        {
          items: rows.map((r) => ({
            rka: r.rka,
            address: r.address,
            kind: r.kind,
            from: r.valid_from,
            to: r.valid_to,
          })),
        },
        200,
      );
    },
  );

  register(
    app,
    route('get', '/cabinet/notifications', { tag, summary: 'My notifications, newest first', response: Notifications }),
    async (c) => {
      const rows = await ctx.database.db
        .selectFrom('notifications')
        .selectAll()
        .where('recipient', '=', c.get('principal').iin)
        .orderBy('id', 'desc')
        .limit(100)
        .execute();
      const items = rows.map((r) => ({
        id: r.id,
        template: r.template,
        message: localize(r.template as MessageKey, r.params),
        applicationId: r.application_id,
        createdAt: r.created_at.toISOString(),
      }));
      return c.json({ items }, 200);
    },
  );
  return app;
}
