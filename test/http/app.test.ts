import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { createApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/log.ts';
import { openTestDatabase, type TestDatabase } from '../support/engines.ts';

describe('HTTP service', () => {
  let test: TestDatabase;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    test = await openTestDatabase('pglite');
    await migrateToLatest(test.database.db);
    const silent = new Writable({ write: (_c, _e, done) => done() });
    app = createApp({ database: test.database, logger: createLogger('error', silent) });
  });
  after(() => test.dispose());

  it('answers liveness and readiness', async () => {
    assert.deepEqual(await (await app.request('/healthz')).json(), { status: 'ok' });
    const ready = await (await app.request('/readyz')).json();
    assert.deepEqual(ready, { status: 'ready', database: 'pglite', population: null });
  });

  it('serves the front page in Kazakh by default, and in the language asked for', async () => {
    const kk = await (await app.request('/')).text();
    assert.match(kk, /lang="kk"/);
    assert.match(kk, /Қызмет жұмыс істеп тұр/);
    assert.match(await (await app.request('/?lang=ru')).text(), /Сервис работает/);
    assert.match(
      await (await app.request('/', { headers: { 'accept-language': 'en-GB,en;q=0.8' } })).text(),
      /The service is running/,
    );
  });

  it('answers an unknown address with a coded error in three languages, no stack trace', async () => {
    const res = await app.request('/no/such/page');
    assert.equal(res.status, 404);
    const body = (await res.json()) as { error: { code: string; message: Record<string, string> } };
    assert.equal(body.error.code, 'not-found');
    assert.deepEqual(Object.keys(body.error.message).sort(), ['en', 'kk', 'ru']);
    assert.doesNotMatch(JSON.stringify(body), /at .*\.ts/);
  });
});
