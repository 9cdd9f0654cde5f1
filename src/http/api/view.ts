// The application as the API shows it, by the one disclosure policy (services/privacy): staff get
// the whole record with the decision's trace and registry facts; a citizen gets their part of it.
import { maskIin } from '../../domain/iin.ts';
import type { Actor } from '../../services/actor.ts';
import type { ApplicationRecord } from '../../services/applications/record.ts';
import type { OtpIssued } from '../../services/auth/otp.ts';
import { applicationMessage, disclosedApplication } from '../../services/privacy/disclosure.ts';

function common(app: ApplicationRecord) {
  return {
    id: app.id,
    number: app.number,
    service: app.service,
    state: app.state,
    channel: app.channel,
    rka: app.rka,
    periodMonths: app.payload.periodMonths ?? null,
    outcome: app.outcome,
    consentDue: app.consentDue?.toISOString() ?? null,
    retryAt: app.state === 'checks' ? (app.retryAt?.toISOString() ?? null) : null,
    applicationDate: app.applicationDate,
    createdAt: app.createdAt.toISOString(),
    updatedAt: app.updatedAt.toISOString(),
  };
}

/**
 * A queue line: enough to pick the next case, no personal data beyond the masked applicant. The
 * operator opens a case to read it, and that read is logged (docs/privacy.md).
 */
export function queueItemView(app: ApplicationRecord) {
  return { ...common(app), applicant: maskIin(app.applicant), reason: app.reason };
}

/** The whole record, for operators, supervisors and auditors (whose reads are logged). */
export function staffApplicationView(app: ApplicationRecord) {
  return {
    ...common(app),
    applicant: app.applicant,
    owner: app.owner,
    ...(app.payload.relation ? { relation: app.payload.relation } : {}),
    members: app.payload.members ?? [],
    person: app.payload.person ?? null,
    coupon: app.coupon,
    reason: app.reason,
    message: applicationMessage(app, 'staff'),
    decision: app.decision,
  };
}

/** The application as the actor may see it. */
export function applicationView(app: ApplicationRecord, actor: Actor) {
  if (actor.kind !== 'citizen') return staffApplicationView(app);
  const d = disclosedApplication(app, actor);
  return {
    ...common(app),
    applicant: d.applicant,
    owner: d.owner,
    ...(d.relation ? { relation: d.relation } : {}),
    members: d.members,
    person: d.person,
    coupon: d.coupon,
    reason: d.reason,
    message: d.message,
    decision: d.decision,
  };
}

/** A sent one-time code as the API shows it: where it went (masked) and until when it is valid. */
export function otpSentView(sent: OtpIssued) {
  return { challengeId: sent.challengeId, phoneMasked: sent.phoneMasked, expiresAt: sent.expiresAt.toISOString() };
}
