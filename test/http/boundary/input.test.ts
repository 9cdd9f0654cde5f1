// Issue 14, issue 14 — input at the HTTP boundary, both engines: body limits (finding 1), status
// codes of bad input (finding 4) and text that spoofs or breaks (finding 5, and the NUL / lone
// surrogate that reached PostgreSQL as a 500).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { saveAnswers } from '../../../src/services/drafts.ts';
import { apply, COUPON, ok } from '../../support/api-flow.ts';
import { ENGINES } from '../../support/engines.ts';
import { D, P } from '../../support/family.ts';
import { openService, type TestService } from '../../support/service.ts';

const ORIGIN = 'http://tirkeu.test';

/** A body of `size` bytes streamed in 16 KiB chunks, with no Content-Length (chunked). */
function streamOf(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  const chunk = new Uint8Array(16 * 1024).fill(0x20);
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

async function send(s: TestService, path: string, init: RequestInit & { token?: string; cookie?: string }) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (init.cookie) headers.set('cookie', `tirkeu_session=${init.cookie}`);
  const res = await s.app.fetch(new Request(`${ORIGIN}${path}`, { method: 'POST', duplex: 'half', ...init, headers }));
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // a page
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read bodies freely
  return { status: res.status, body: body as any, text, headers: res.headers };
}

const json = { 'content-type': 'application/json' };
const form = { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, accept: 'text/html' };

for (const engine of ENGINES) {
  describe(`input at the boundary (${engine})`, () => {
    let s: TestService;
    let timur: string;
    before(async () => {
      s = await openService(engine);
      timur = await s.login(P.timur);
    });
    after(() => s.dispose());

    describe('finding 1: a body over the route’s limit is 413 before anything buffers it', () => {
      it('refuses a 100 KB JSON body on an anonymous route by its Content-Length, in three languages', async () => {
        const r = await send(s, '/api/v1/auth/challenge', {
          headers: json,
          body: JSON.stringify({ pad: 'x'.repeat(100_000) }),
        });
        assert.equal(r.status, 413);
        assert.equal(r.body.error.code, 'payload-too-large');
        assert.deepEqual(Object.keys(r.body.error.message).sort(), ['en', 'kk', 'ru']);
        assert.match(r.body.error.message.en, /64 KB/);
      });

      it('refuses a chunked body (no Content-Length) once it passes the limit', async () => {
        const r = await send(s, '/api/v1/auth/otp', { headers: json, body: streamOf(2 * 1024 * 1024) });
        assert.equal(r.status, 413);
        assert.equal(r.body.error.code, 'payload-too-large');
      });

      it('refuses it before the idempotency store reads it: no key is kept', async () => {
        const r = await send(s, '/api/v1/auth/otp', {
          headers: { ...json, 'idempotency-key': 'big-body-0001' },
          body: streamOf(1024 * 1024),
        });
        assert.equal(r.status, 413);
        const kept = await s.ctx.database.db
          .selectFrom('idempotency_keys')
          .select('key')
          .where('key', '=', 'big-body-0001')
          .execute();
        assert.deepEqual(kept, []);
      });

      it('lets a signature route take a larger body, and still has a ceiling there', async () => {
        const id = '00000000-0000-4000-8000-000000000000';
        const fits = await send(s, `/api/v1/applications/${id}/sign`, {
          token: timur,
          headers: json,
          body: JSON.stringify({ method: 'cms', cms: 'A'.repeat(100_000) }),
        });
        assert.notEqual(fits.status, 413, 'a 100 KB signature body is within the signature limit');
        assert.equal(fits.status, 400, 'and the schema still refuses a CMS over 65,536 characters');
        const over = await send(s, `/api/v1/applications/${id}/sign`, {
          token: timur,
          headers: json,
          body: streamOf(1024 * 1024),
        });
        assert.equal(over.status, 413);
      });

      it('refuses an oversized form on a page with a page', async () => {
        const r = await send(s, '/login', { headers: form, body: `iin=${'1'.repeat(100_000)}` });
        assert.equal(r.status, 413);
        assert.match(r.text, /<html/);
        assert.match(r.text, /payload-too-large/);
      });
    });

    describe('finding 4: bad input is the client’s error (4xx), never a 500', () => {
      it('answers malformed JSON with 400 invalid-json-body', async () => {
        const r = await send(s, '/api/v1/auth/otp', { headers: json, body: '{"iin": ' });
        assert.equal(r.status, 400);
        assert.equal(r.body.error.code, 'invalid-json-body');
      });

      it('answers JSON nested too deep with 400, not a stack overflow', async () => {
        const r = await send(s, '/api/v1/auth/otp', { headers: json, body: '['.repeat(5000) + ']'.repeat(5000) });
        assert.equal(r.status, 400);
        assert.equal(r.body.error.code, 'invalid-json-body');
      });

      it('answers a wrong or missing Content-Type on the API with 415', async () => {
        const plain = await send(s, '/api/v1/auth/otp', {
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ iin: P.timur }),
        });
        assert.equal(plain.status, 415);
        assert.equal(plain.body.error.code, 'unsupported-media-type');
        const formPost = await send(s, '/api/v1/auth/logout', {
          token: timur,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'a=1',
        });
        assert.equal(formPost.status, 415);
        const none = await send(s, '/api/v1/auth/otp', { body: new TextEncoder().encode('{"iin":"1"}') });
        assert.equal(none.status, 415);
        const latin1 = await send(s, '/api/v1/auth/otp', {
          headers: { 'content-type': 'application/json; charset=iso-8859-1' },
          body: '{}',
        });
        assert.equal(latin1.status, 415);
      });

      it('answers a page post that is not a url-encoded form with 415', async () => {
        const r = await send(s, '/login', { headers: { ...form, 'content-type': 'application/json' }, body: '{}' });
        assert.equal(r.status, 415);
        assert.match(r.text, /unsupported-media-type/);
      });

      it('answers a form posted from another site with a 403 page in the reader’s language', async () => {
        const r = await send(s, '/logout', {
          headers: { ...form, origin: 'https://evil.example', 'accept-language': 'ru' },
          body: 'x=1',
        });
        assert.equal(r.status, 403);
        assert.match(r.text, /<html lang="ru"/);
        assert.match(r.text, /Форма не принята/);
        assert.match(r.text, /csrf-rejected/);
      });
    });

    describe('finding 5: text that hides, reverses or breaks is refused at the boundary', () => {
      let applicationId: string;
      before(async () => {
        const created = await apply(s, timur, { service: 'registration-permanent', rka: D.D6, owner: P.viktor });
        applicationId = created.id;
      });
      const coupon = (street: string) => ({
        ...COUPON,
        previousAddress: { ...COUPON.previousAddress, street },
      });
      const hostile: [string, string][] = [
        ['NUL', 'Bukhar\u0000Zhyrau 1'],
        ['a lone surrogate', 'Bukhar\uD800Zhyrau 1'],
        ['a right-to-left override', 'Bukhar-Zhyrau \u202E1 tped'],
        ['a zero-width space', 'Bukhar\u200BZhyrau 1'],
        ['a first-strong isolate', 'Bukhar\u2068Zhyrau 1'],
        ['a tab', 'Bukhar\tZhyrau 1'],
      ];
      for (const [what, street] of hostile) {
        it(`refuses ${what} in the coupon over the API with 400 invalid-text at the field`, async () => {
          const r = await send(s, `/api/v1/applications/${applicationId}/coupon`, {
            method: 'PUT',
            token: timur,
            headers: json,
            body: JSON.stringify(coupon(street)),
          });
          assert.equal(r.status, 400, JSON.stringify(r.body));
          assert.equal(r.body.error.code, 'invalid-text');
          assert.equal(r.body.error.path, '/previousAddress/street');
        });
      }

      it('stores text in NFC, so one address is one string', async () => {
        const decomposed = 'Сеи\u0306фуллина 1'; // й typed as и + combining breve
        const filled = ok(
          await s.request('PUT', `/api/v1/applications/${applicationId}/coupon`, {
            token: timur,
            body: coupon(decomposed),
          }),
        );
        assert.equal(filled.coupon.previousAddress.street, decomposed.normalize('NFC'));
        assert.notEqual(filled.coupon.previousAddress.street, decomposed);
      });

      it('shows invisible characters on the coupon page next to the field, and keeps nothing', async () => {
        await saveAnswers(s.ctx, P.timur, 'registration-permanent', {
          rka: D.D6,
          ownerChoice: 'other',
          owner: P.viktor,
        });
        const r = await send(s, '/apply/permanent/previous-address', {
          cookie: timur,
          headers: { ...form, 'accept-language': 'en' },
          body: new URLSearchParams({
            country: 'KZ',
            locality: 'Karaganda',
            street: 'Bukhar-Zhyrau \u202E1',
          }).toString(),
        });
        assert.equal(r.status, 400);
        assert.match(r.text, /Remove the invisible or text-direction characters/);
        const draft = await s.ctx.database.db
          .selectFrom('page_drafts')
          .select('answers')
          .where('iin', '=', P.timur)
          .executeTakeFirstOrThrow();
        assert.equal(JSON.stringify(draft.answers).includes('\u202E'), false);
      });

      for (const [what, field] of [
        ['NUL', 'Kara\u0000ganda'],
        ['a lone surrogate sent as bytes', 'Kara%ED%A0%80ganda'],
      ] as const) {
        it(`refuses ${what} on the coupon page with a 400, never a 500`, async () => {
          const body =
            what === 'NUL'
              ? new URLSearchParams({ country: 'KZ', locality: field }).toString()
              : `country=KZ&locality=${field}`;
          const r = await send(s, '/apply/permanent/previous-address', {
            cookie: timur,
            headers: { ...form, 'accept-language': 'en' },
            body,
          });
          assert.equal(r.status, 400);
          assert.doesNotMatch(r.text, /internal-error|database-error/);
        });
      }
    });
  });
}
