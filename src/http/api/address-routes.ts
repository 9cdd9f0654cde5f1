// The address register, open to everyone (issue 22, finding 2): search by what people type
// ("Кабанбай батыра 12", "Kabanbay batyr 12") and one address by its РКА.
import { z } from '@hono/zod-openapi';
import { ADDRESS_QUERY_LENGTH, addressByRka, searchAddresses } from '../../services/addresses.ts';
import type { ServiceContext } from '../../services/context.ts';
import type { ApiEnv } from './auth.ts';
import { newApi, register, route, valid } from './route.ts';

const Address = z
  .object({
    rka: z.string().openapi({ description: 'Real-estate code (РКА), 16 digits', example: '0101000000000012' }),
    address: z.object({
      kk: z.string().openapi({ description: 'As registered', example: 'Астана қ., Қабанбай батыр даңғылы, 12-үй' }),
      ru: z
        .string()
        .openapi({ description: 'Derived Russian rendering', example: 'г. Астана, проспект Кабанбай батыр, д. 12' }),
    }),
  })
  .openapi('Address');
const SearchQuery = z.object({
  q: z
    .string()
    .max(1000)
    .optional()
    .openapi({
      description: `What to look for, ${ADDRESS_QUERY_LENGTH.min}–${ADDRESS_QUERY_LENGTH.max} characters: street in Kazakh, Russian or Latin letters, house and flat numbers; small typos are forgiven`,
      example: 'Kabanbay batyr 12',
    }),
});
const RkaParam = z.object({
  rka: z
    .string()
    .max(40)
    .openapi({ param: { name: 'rka', in: 'path' }, example: '0101000000000012' }),
});

export function addressRoutes(ctx: ServiceContext) {
  const app = newApi<ApiEnv>();
  const tag = 'Address register';
  const item = (a: Awaited<ReturnType<typeof addressByRka>>) => ({ rka: a.rka, address: a.address });

  register(
    app,
    route('get', '/addresses', {
      tag,
      summary: 'Find addresses by what people type (no login)',
      query: SearchQuery,
      response: z.object({ items: z.array(Address) }).openapi('Addresses'),
      auth: false,
    }),
    async (c) => {
      const { q } = valid(c, 'query', SearchQuery);
      return c.json({ items: (await searchAddresses(ctx, { text: q ?? '' })).map(item) }, 200);
    },
  );

  register(
    app,
    route('get', '/addresses/{rka}', {
      tag,
      summary: 'One address by its real-estate code (no login)',
      params: RkaParam,
      response: Address,
      auth: false,
    }),
    async (c) => c.json(item(await addressByRka(ctx, valid(c, 'param', RkaParam).rka)), 200),
  );

  return app;
}
