// Steps of the citizen's path through the API, shared by the end-to-end tests.
import assert from 'node:assert/strict';
import { canonicalJson } from '../../src/services/signatures/canonical-json.ts';
import type { Credential } from '../../src/services/signatures/test-ca.ts';
import type { Reply, TestService } from './service.ts';

export const COUPON = {
  previousAddress: { country: 'KZ', region: 'Karaganda region', locality: 'Karaganda', street: 'Bukhar-Zhyrau 1' },
  arrivalDate: '2025-11-28',
  arrivalReason: 'work',
  education: 'higher',
  occupation: 'employed',
  familyStatus: 'married',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read bodies freely
export function ok(reply: Reply, status = 200): any {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  return reply.body;
}

/** Creates and submits; returns the application after the checks. */
export async function apply(s: TestService, token: string, body: Record<string, unknown>) {
  const draft = ok(await s.request('POST', '/api/v1/applications', { token, body }), 201);
  const submitted = await s.request('POST', `/api/v1/applications/${draft.id}/submit`, { token });
  assert.ok([200, 202].includes(submitted.status), JSON.stringify(submitted.body));
  return submitted.body;
}

/** Signs the application's canonical document with a certificate (CMS). */
export async function cms(s: TestService, token: string, id: string, credential: Credential, tamper = false) {
  const doc = ok(await s.request('GET', `/api/v1/applications/${id}/signing-document`, { token }));
  assert.equal(doc.canonical, canonicalJson(doc.document));
  const content = tamper ? doc.canonical.replace('"document"', '"Document"') : doc.canonical;
  return { method: 'cms', cms: await s.sign(credential, content) };
}

/** A signature by SMS code: asks for the code, reads it from the sink. */
export async function otp(s: TestService, token: string, id: string, iin: string) {
  const sent = ok(await s.request('POST', `/api/v1/applications/${id}/signing-code`, { token }));
  await s.duties();
  return { method: 'otp', challengeId: sent.challengeId, code: s.lastCode(iin) };
}
