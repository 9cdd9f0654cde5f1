// The personal cabinet: my registrations (current and past), my notifications, and who looked
// at my data (issue 13: the personal-data access log, newest first, paged).
import { z } from '@hono/zod-openapi';
import { localize, type MessageKey } from '../../i18n/messages.ts';
import { notificationsOf, registrationsOf } from '../../services/cabinet.ts';
import type { ServiceContext } from '../../services/context.ts';
import { type ApiEnv, requireSession } from './auth.ts';
import { citizenAccessView } from './access-view.ts';
import { newApi, register, route, valid } from './route.ts';
import { MAX_PAGE_SIZE, myAccessLog } from '../../services/privacy/access-log.ts';
import { AccessEntryBase, accessPage, Localized as LocalizedSchema } from './schemas.ts';

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

const AccessLogQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).openapi({ example: 1 }),
  size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).openapi({ example: 20 }),
});
const AccessLog = accessPage(
  AccessEntryBase.extend({
    actorRole: z.string().nullable().openapi({ description: 'The employee’s role; never their IIN or name' }),
    who: LocalizedSchema,
    why: LocalizedSchema,
    database: LocalizedSchema,
  }).openapi('AccessLogEntry'),
).openapi('MyAccessLog');

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

  register(
    app,
    route('get', '/cabinet/access-log', {
      tag,
      summary: 'Who looked at my data: staff reads and registry checks about me, newest first',
      query: AccessLogQuery,
      response: AccessLog,
    }),
    async (c) => {
      const { page, size } = valid(c, 'query', AccessLogQuery);
      const found = await myAccessLog(ctx, c.get('principal').iin, { page, size });
      return c.json({ ...found, items: found.items.map(citizenAccessView) }, 200);
    },
  );
  return app;
}
