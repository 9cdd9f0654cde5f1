// Development only (TIRKEU_SMS=dev): the SMS that would have gone to phones, so a tester can log
// in as a generated person. Never mounted with a real gateway, nor in production.
import { z } from '@hono/zod-openapi';
import type { DevSmsSink } from '../../services/messaging/sms-gateway.ts';
import { newApi, register, route, valid } from './route.ts';

const Query = z.object({
  phone: z
    .string()
    .regex(/^\+7[0-9]{10}$/)
    .optional(),
});
const Sent = z
  .object({ items: z.array(z.object({ phone: z.string(), text: z.string(), at: z.string() })) })
  .openapi('DevSms');

export function devRoutes(sink: DevSmsSink) {
  const app = newApi();
  register(
    app,
    route('get', '/dev/sms', {
      tag: 'Development',
      summary: 'SMS sent by the dev sink, newest first',
      query: Query,
      response: Sent,
      auth: false,
    }),
    (c) => {
      const { phone } = valid(c, 'query', Query);
      return c.json(
        {
          items: sink
            .recent(phone)
            .slice(0, 50)
            .map((m) => ({ phone: m.phone, text: m.text, at: m.at.toISOString() })),
        },
        200,
      );
    },
  );
  return app;
}
