// Issue 22, finding 2: the address register over the API, open to everyone. Search answers what
// people type in either alphabet, with street-type words, numbers and small typos; each address
// comes in Kazakh as registered and in a Russian rendering; bad input is a coded 400.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from '../../support/engines.ts';
import { familyDataset, openService, type TestService } from '../../support/service.ts';

export const FLAT = '0101000000001204';
export const HOUSE = '0101000000001200';
const dwellings = [
  { rka: FLAT, address: 'Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер' },
  { rka: HOUSE, address: 'Астана қ., Қабанбай батыр даңғылы, 120-үй' },
  { rka: '0101000000001300', address: 'Астана қ., Абай даңғылы, 12-үй, 4-пәтер' },
];

for (const engine of ENGINES) {
  describe(`finding 2: GET /api/v1/addresses [${engine}]`, () => {
    let s: TestService;
    before(async () => {
      s = await openService(engine, {
        data: familyDataset((input) => {
          for (const d of dwellings)
            input.dwellings!.push({ ...d, city: 'astana', area: 52.7, owners: [], stateRental: false });
        }),
      });
    });
    after(() => s.dispose());

    const search = (q: string) => s.request('GET', `/api/v1/addresses?q=${encodeURIComponent(q)}`);

    it('finds the flat by the page’s examples, in Latin letters and with a typo, without a login', async () => {
      for (const q of [
        'Кабанбай батыра 12',
        'Kabanbay batyr 12',
        'Кабанбай батыр 12 кв 4',
        'Qabanbai batir 12',
        'Kabnbay batyr 12',
      ]) {
        const r = await search(q);
        assert.equal(r.status, 200, q);
        assert.deepEqual(
          r.body.items.map((i: { rka: string }) => i.rka),
          [FLAT],
          q,
        );
      }
      const r = await search('Кабанбай батыра 12');
      assert.deepEqual(r.body.items[0], {
        rka: FLAT,
        address: {
          kk: 'Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер',
          ru: 'г. Астана, проспект Кабанбай батыр, д. 12, кв. 4',
        },
      });
    });

    it('lists every house of the street when no number is given, in address order', async () => {
      const r = await search('проспект Кабанбай батыра');
      assert.deepEqual(
        r.body.items.map((i: { rka: string }) => i.rka).filter((rka: string) => rka === FLAT || rka === HOUSE),
        [FLAT, HOUSE],
      );
      assert.deepEqual((await search('Кенесары 12')).body.items, []);
    });

    it('refuses a query under 2 or over 100 characters with a coded 400', async () => {
      for (const q of ['', ' a ', 'x'.repeat(101)]) {
        const r = await search(q);
        assert.equal(r.status, 400, JSON.stringify(q));
        assert.equal(r.body.error.code, 'address.query-length');
      }
      const missing = await s.request('GET', '/api/v1/addresses');
      assert.equal(missing.body.error.code, 'address.query-length');
      assert.match(missing.body.error.message.ru, /от 2 до 100/);
      assert.match(missing.body.error.message.en, /between 2 and 100/);
    });

    it('gives one address by its РКА; a malformed one is a 400, an unknown one a 404', async () => {
      const r = await s.request('GET', `/api/v1/addresses/${HOUSE}`);
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, {
        rka: HOUSE,
        address: { kk: 'Астана қ., Қабанбай батыр даңғылы, 120-үй', ru: 'г. Астана, проспект Кабанбай батыр, д. 120' },
      });
      const bad = await s.request('GET', '/api/v1/addresses/12345');
      assert.deepEqual([bad.status, bad.body.error.code], [400, 'address.rka-format']);
      const unknown = await s.request('GET', '/api/v1/addresses/0101999999999999');
      assert.deepEqual([unknown.status, unknown.body.error.code], [404, 'address.not-found']);
    });

    it('is documented in the OpenAPI document as open, without a bearer token', async () => {
      const doc = (await s.request('GET', '/openapi.json')).body;
      for (const path of ['/api/v1/addresses', '/api/v1/addresses/{rka}']) {
        assert.ok(doc.paths[path]?.get, path);
        assert.equal(doc.paths[path].get.security, undefined, path);
      }
    });
  });
}
