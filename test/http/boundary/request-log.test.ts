// Issue 14, issue 14, build item 9 and finding 4: one access-log line per request — request id
// (echoed), method, route pattern, status, latency, client address — and never personal data;
// the client's own errors are not logged as errors, an internal error is, with its request id
// and route.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { createApp } from '../../../src/http/app.ts';
import { createLogger } from '../../../src/log.ts';
import type { Clock } from '../../../src/services/clock.ts';
import { ENGINES } from '../../support/engines.ts';
import { P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

interface Line {
  level: number;
  msg: string;
  [field: string]: unknown;
}

function capture() {
  const lines: Line[] = [];
  let raw = '';
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Line);
      done();
    },
  });
  return { lines, stream, raw: () => raw };
}

for (const engine of ENGINES) {
  describe(`the access log (${engine})`, () => {
    let s: TestService;
    let log: ReturnType<typeof capture>;
    let app: ReturnType<typeof createApp>;
    let token: string;
    before(async () => {
      s = await openService(engine);
      log = capture();
      app = createApp({
        database: s.test.database,
        logger: createLogger('info', log.stream),
        service: { ctx: s.ctx, devSms: true },
      });
      token = await s.login(P.timur);
    });
    after(() => s.dispose());

    const call = (path: string, init: RequestInit = {}) => app.fetch(new Request(`http://tirkeu.test${path}`, init));

    describe('build item 9: one line per request, with the route pattern, never the path', () => {
      it('logs request id, method, route pattern, status, latency and client, and echoes the id', async () => {
        const before = log.lines.length;
        const id = '7f0c2b7e-6a55-4c4b-9d64-0d7a8c1b2e3f';
        const res = await call('/api/v1/applications/0b5c5d0e-1111-4222-8333-444455556666?iin=' + P.timur, {
          headers: { authorization: `Bearer ${token}`, 'x-request-id': id },
        });
        assert.equal(res.status, 404);
        assert.equal(res.headers.get('x-request-id'), id);
        const lines = log.lines.slice(before);
        assert.equal(lines.length, 1, JSON.stringify(lines));
        const line = lines[0]!;
        assert.equal(line.msg, 'request');
        assert.equal(line.level, 30);
        assert.equal(line['reqId'], id);
        assert.equal(line['method'], 'GET');
        assert.equal(line['route'], '/api/v1/applications/:id');
        assert.equal(line['status'], 404);
        assert.equal(typeof line['ms'], 'number');
        assert.equal(line['client'], 'unknown', 'no socket under app.fetch');
      });

      it('replaces a caller’s request id that is not a UUID (it could be an IIN)', async () => {
        const before = log.lines.length;
        const res = await call('/healthz', { headers: { 'x-request-id': P.timur } });
        const echoed = res.headers.get('x-request-id') ?? '';
        assert.match(echoed, /^[0-9a-f-]{36}$/);
        assert.equal(log.lines.slice(before)[0]!['reqId'], echoed);
      });

      it('never writes an IIN, a code, a token or a query string', async () => {
        const before = log.raw().length;
        await call('/api/v1/auth/otp', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ iin: P.timur }),
        });
        await call(`/login?next=/cabinet&iin=${P.timur}`);
        await call('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
        const written = log.raw().slice(before);
        assert.ok(written.length > 0);
        assert.doesNotMatch(written, new RegExp(P.timur));
        assert.doesNotMatch(written, new RegExp(token));
        assert.doesNotMatch(written, /\?|next=|cabinet/);
      });

      it('names the client address from the socket on a real server', async () => {
        const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
        try {
          await new Promise<void>((resolve) => server.once('listening', () => resolve()));
          const { port } = server.address() as AddressInfo;
          const before = log.lines.length;
          const res = await fetch(`http://127.0.0.1:${port}/healthz`);
          assert.equal(res.status, 200);
          assert.equal(log.lines.slice(before)[0]!['client'], '127.0.0.1');
        } finally {
          await new Promise((resolve) => server.close(resolve));
        }
      });
    });

    describe('finding 4: the client’s errors are not the service’s errors', () => {
      it('logs bad input at info level only', async () => {
        const before = log.lines.length;
        const bad = await call('/api/v1/auth/otp', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"iin": \u0000',
        });
        assert.equal(bad.status, 400);
        const lines = log.lines.slice(before);
        assert.deepEqual(
          lines.map((l) => [l.level, l['status']]),
          [[30, 400]],
        );
      });

      it('logs an internal error at error level with its request id and route, and no detail', async () => {
        const broken: Clock = {
          now: () => {
            throw new Error(`clock broken for ${P.timur}`);
          },
        };
        const failing = createApp({
          database: s.test.database,
          logger: createLogger('info', log.stream),
          service: { ctx: { ...s.ctx, clock: broken }, devSms: true },
        });
        const before = log.lines.length;
        const res = await failing.fetch(
          new Request('http://tirkeu.test/api/v1/applications', { headers: { authorization: `Bearer ${token}` } }),
        );
        assert.equal(res.status, 500);
        const body = await res.text();
        assert.doesNotMatch(body, /clock broken|at .*\.ts/);
        const lines = log.lines.slice(before);
        const error = lines.find((l) => l.level === 50);
        assert.ok(error, JSON.stringify(lines));
        assert.equal(error['reqId'], res.headers.get('x-request-id'));
        assert.equal(error['route'], '/api/v1/applications');
        assert.doesNotMatch(JSON.stringify(lines), new RegExp(P.timur));
      });
    });
  });
}
