// Issue 14, issue 14, finding 1 on a real socket: eight concurrent 50 MB posts — the anonymous
// login challenge the finding used, streamed as the attacker would, chunked and with a declared
// length, with an Idempotency-Key — are each refused with 413, and the server's memory stays bounded (it was 0.6 → 3.8 GB).
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { openService, type TestService } from '../../support/service.ts';

const SIZE = 50 * 1024 * 1024;
const CONCURRENT = 8;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);

/** Streams `SIZE` bytes until the server answers; the status, or the error that ended it. */
function post(port: number, path: string, declared: boolean): Promise<{ status: number | null; sent: number }> {
  return new Promise((resolve) => {
    let sent = 0;
    let done = false;
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // The idempotency store buffered the whole body before anything else (the finding).
        'idempotency-key': `burst-${crypto.randomUUID()}`,
        ...(declared ? { 'content-length': SIZE } : {}),
      },
    });
    const finish = (status: number | null) => {
      if (done) return;
      done = true;
      req.destroy();
      resolve({ status, sent });
    };
    req.on('response', (res) => {
      res.resume();
      finish(res.statusCode ?? null);
    });
    req.on('error', () => finish(null));
    const pump = () => {
      while (!done && sent < SIZE) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      if (!done) req.end();
    };
    pump();
  });
}

describe('finding 1: a burst of large bodies on a listening server', () => {
  let s: TestService;
  let server: ServerType;
  let port: number;
  before(async () => {
    s = await openService('pglite');
    server = serve({ fetch: (r) => s.app.fetch(r), port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await s.dispose();
  });

  for (const declared of [false, true]) {
    it(`answers ${CONCURRENT} concurrent 50 MB posts (${declared ? 'Content-Length' : 'chunked'}) with 413, memory bounded`, async () => {
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 5);
      try {
        const results = await Promise.all(
          Array.from({ length: CONCURRENT }, () => post(port, '/api/v1/auth/challenge', declared)),
        );
        assert.deepEqual(
          results.map((r) => r.status),
          Array.from({ length: CONCURRENT }, () => 413),
        );
        assert.ok(
          results.every((r) => r.sent < SIZE),
          'the server answered before the bodies were sent',
        );
      } finally {
        clearInterval(sampler);
      }
      peak = Math.max(peak, process.memoryUsage().rss);
      const grownMb = (peak - baseline) / 1024 / 1024;
      assert.ok(grownMb < 200, `RSS grew by ${grownMb.toFixed(0)} MB`);
    });
  }
});
