// Issue 21 on both engines, over HTTP: the analytics pages work on a generated population for an
// analyst and a supervisor; a citizen and the ЦОН's other roles cannot reach them; an analyst
// reaches no personal data at all — no console page, no application, no API for staff — and the
// analytics pages show no IIN. The open data answers anyone, in its published schema.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OpenNormJson } from '../../../src/services/analytics/open-data.ts';
import { ENGINES } from '../../support/engines.ts';
import { population } from '../../support/population.ts';
import { openService, type TestService } from '../../support/service.ts';

const IIN = /(?<![0-9])[0-9]{12}(?![0-9])/;

for (const engine of ENGINES) {
  describe(`issue 21: who may see the analytics (${engine})`, () => {
    const data = population(3000);
    const [analyst, supervisor, reception, hall, auditor, citizen] = data.phones.slice(0, 6).map((p) => p.iin);
    let s: TestService;
    const cookies = new Map<string, string>();
    const page = async (iin: string | undefined, path: string) => {
      if (iin && !cookies.has(iin)) cookies.set(iin, await s.login(iin));
      return s.fetch('GET', path, {
        headers: { 'accept-language': 'en', ...(iin ? { cookie: `tirkeu_session=${cookies.get(iin)}` } : {}) },
      });
    };
    before(async () => {
      s = await openService(engine, { data });
      await s.ctx.database.db
        .insertInto('operators')
        .values([
          { iin: analyst!, role: 'analyst', office: 'astana-maslikhat' },
          { iin: supervisor!, role: 'supervisor', office: 'astana-esil-1' },
          { iin: reception!, role: 'reception', office: 'astana-esil-1' },
          { iin: hall!, role: 'hall', office: 'astana-esil-1' },
          { iin: auditor!, role: 'auditor', office: 'audit-1' },
        ])
        .execute();
    });
    after(() => s.dispose());

    it('shows an analyst the norm with two charts, and no IIN', async () => {
      const response = await page(analyst, '/analytics?m2=20');
      assert.equal(response.status, 200);
      const body = await response.text();
      assert.match(body, /<h1>Housing norm: what another value would do<\/h1>/);
      assert.match(body, /With 20 m²/);
      assert.equal(body.match(/<svg /g)?.length, 2, 'the curve and the districts');
      assert.match(body, /Yesil district/);
      assert.doesNotMatch(body, IIN);
      assert.doesNotMatch(body, /<script/);
    });

    it('answers a wrong value with the form and its error, not a failure', async () => {
      const response = await page(analyst, '/analytics?m2=abc&city=nowhere');
      assert.equal(response.status, 400);
      const body = await response.text();
      assert.match(body, /Enter the area per person as a number from 1 to 100/);
      assert.match(body, /Choose a city from the list/);
    });

    it('shows a supervisor the norm and the service dashboards, with CSV', async () => {
      assert.equal((await page(supervisor, '/analytics')).status, 200);
      const dashboard = await page(supervisor, '/analytics/service?from=2025-11-01&to=2025-12-01');
      assert.equal(dashboard.status, 200);
      assert.match(await dashboard.text(), /Applications per day/);
      const csv = await page(supervisor, '/analytics/service/outbox.csv?from=2025-11-01&to=2025-12-01');
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(await csv.text(), /^channel,sent,median_seconds,p90_seconds,pending,oldest_pending_seconds\r\n/);
    });

    it('refuses /analytics to a citizen and to reception, hall and auditors; asks a stranger to log in', async () => {
      for (const who of [citizen, reception, hall, auditor]) {
        assert.equal((await page(who, '/analytics')).status, 403, who);
        assert.equal((await page(who, '/analytics/service')).status, 403, who);
        assert.equal((await page(who, '/analytics/service/days.csv')).status, 403, who);
      }
      const stranger = await page(undefined, '/analytics');
      assert.equal(stranger.status, 303);
      assert.match(stranger.headers.get('location') ?? '', /^\/login\?next=%2Fanalytics/);
    });

    it('gives an analyst no personal data: no console, no dashboards, no staff API', async () => {
      for (const path of [
        '/console',
        '/console/queue',
        '/console/triage',
        '/console/hall',
        '/console/access-log',
        '/analytics/service',
      ]) {
        assert.equal((await page(analyst, path)).status, 403, path);
      }
      const token = cookies.get(analyst!)!;
      for (const path of [
        '/api/v1/operator/applications',
        '/api/v1/operator/applications/00000000-0000-4000-8000-000000000000',
      ]) {
        assert.equal((await s.request('GET', path, { token })).status, 403, path);
      }
      const search = await s.request('POST', '/api/v1/operator/access-log/search', {
        token,
        body: { subject: citizen },
      });
      assert.equal(search.status, 403);
      // The header offers the analytics, not the console.
      const body = await (await page(analyst, '/analytics')).text();
      assert.match(body, /href="\/analytics"/);
      assert.doesNotMatch(body, /href="\/console"/);
    });

    it('open data: CSV and JSON for anyone, in the published schema', async () => {
      const json = await page(undefined, '/open-data/norm.json');
      assert.equal(json.status, 200);
      OpenNormJson.parse(await json.json());
      const curve = await (await page(undefined, '/open-data/norm-curve.csv')).text();
      assert.equal(curve.trimEnd().split('\r\n').length, 17, 'a header and 16 values from 10 to 25');
      assert.doesNotMatch(curve, IIN);
      const districts = await (await page(undefined, '/open-data/norm-districts.csv')).text();
      assert.match(districts, /^city,date,district,m2_per_person,persons\r\nastana,2025-12-01,almaty,<10,/);
      const pack = (await (await page(undefined, '/open-data/datapackage.json')).json()) as {
        resources: { name: string; schema: unknown }[];
      };
      assert.deepEqual(
        pack.resources.map((r) => r.name),
        ['norm-curve', 'norm-districts', 'norm'],
      );
      const schema = (await (await page(undefined, '/open-data/norm.schema.json')).json()) as { type: string };
      assert.equal(schema.type, 'object');
    });
  });
}
