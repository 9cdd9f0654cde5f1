// What applicants and owners sign (P7): the canonical JSON of the application as it stands when
// the signatures are asked for. Owner and applicant sign the same document, so the consent is
// bound to exactly what the applicant declared, coupon included.
import { createHash } from 'node:crypto';
import { canonicalBytes } from '../signatures/canonical-json.ts';
import { acceptedMembers, type ApplicationRecord } from './record.ts';

export function signingDocument(app: ApplicationRecord): Record<string, unknown> {
  const p = app.payload;
  return {
    document: 'tirkeu/application/1',
    number: app.number,
    service: app.service,
    applicationDate: app.applicationDate,
    applicant: app.applicant,
    rka: app.rka,
    owner: app.owner,
    representative: app.representative,
    relation: p.relation ?? null,
    members: acceptedMembers(app),
    periodMonths: p.periodMonths ?? null,
    person: p.person ?? null,
    coupon: app.coupon,
    decision: app.decision
      ? { outcome: app.decision.outcome, basis: app.decision.basis, ruleset: app.decision.ruleset }
      : null,
  };
}

export function signingBytes(app: ApplicationRecord): Uint8Array {
  return canonicalBytes(signingDocument(app));
}

export function signingDigest(app: ApplicationRecord): string {
  return createHash('sha256').update(signingBytes(app)).digest('hex');
}

/** The OTP purpose binds a code to one application and one version of its content. */
export function signingPurpose(app: ApplicationRecord): string {
  return `sign:${app.id}:${signingDigest(app)}`;
}
