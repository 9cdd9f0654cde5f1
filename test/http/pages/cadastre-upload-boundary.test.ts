// Issue 17 item 5 at the HTTP boundary (issue 14's rules): only the documents page of the S9
// filing reads a multipart body, with its own limit — one document of MAX_DOCUMENT_BYTES and
// its framing; every other page still takes url-encoded forms only (415), and a body over the
// upload limit is refused before it is read (413).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_DOCUMENT_BYTES } from '../../../src/domain/case-documents/upload-check.ts';
import { DEFAULT_LIMIT, DOCUMENT_UPLOAD_LIMIT, limitFor } from '../../../src/http/body-limits.ts';
import { openService, type TestService } from '../../support/service.ts';

const post = (s: TestService, path: string, headers: Record<string, string>, body: string) =>
  s.app.fetch(
    new Request(`http://tirkeu.test${path}`, {
      method: 'POST',
      headers: { origin: 'http://tirkeu.test', ...headers },
      body,
    }),
  );

describe('the documents page at the boundary (issue 14, issue 17 item 5)', () => {
  let s: TestService;
  before(async () => {
    s = await openService('pglite');
  });
  after(() => s.dispose());

  it('gives the upload route room for one document, and no other route', () => {
    assert.equal(limitFor('/cadastre/new/documents'), DOCUMENT_UPLOAD_LIMIT);
    assert.ok(DOCUMENT_UPLOAD_LIMIT > MAX_DOCUMENT_BYTES);
    assert.equal(limitFor('/cadastre/new/documents/done'), DEFAULT_LIMIT);
    assert.equal(limitFor('/cadastre/new/where'), DEFAULT_LIMIT);
  });

  it('refuses multipart on any other page (415) and url-encoded on the upload route (415)', async () => {
    const multipart = { 'content-type': 'multipart/form-data; boundary=x' };
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    assert.equal((await post(s, '/cadastre/new/where', multipart, '--x--\r\n')).status, 415);
    assert.equal((await post(s, '/cadastre/new/documents/done', multipart, '--x--\r\n')).status, 415);
    assert.equal((await post(s, '/cadastre/new/documents', form, 'kind=title-document')).status, 415);
  });

  it('refuses a declared body over the upload limit before reading it (413)', async () => {
    const response = await post(
      s,
      '/cadastre/new/documents',
      { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(DOCUMENT_UPLOAD_LIMIT + 1) },
      'x'.repeat(16),
    );
    assert.equal(response.status, 413);
  });
});
