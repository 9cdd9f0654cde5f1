// The application as the API shows it. The decision (with its trace) is the one stored with
// the application; its explanation is rendered in all three languages.
import { type Language, LANGUAGES, type Localized, localize, type MessageKey } from '../../i18n/messages.ts';
import { decisionMessage } from '../../services/decision-output.ts';
import type { ApplicationRecord } from '../../services/applications/record.ts';
import type { OtpIssued } from '../../services/auth/otp.ts';

function message(app: ApplicationRecord): Localized | null {
  const { decision } = app;
  // A refusal by the rules is explained by the rules; a later one (owner, deadline) by its code.
  if (decision && (app.reason === null || app.reason === decision.reasons[0])) {
    return Object.fromEntries(LANGUAGES.map((lang) => [lang, decisionMessage(decision, lang)])) as Localized;
  }
  const key = app.reason ? LATER_REASONS[app.reason] : undefined;
  return key ? localize(key) : null;
}

/** The application's explanation in one language (pages), as the API gives it in all three. */
export function applicationMessage(app: ApplicationRecord, lang: Language): string | null {
  return message(app)?.[lang] ?? null;
}

/** Refusals after the rules' decision, by the service's own codes. */
const LATER_REASONS: Partial<Record<string, MessageKey>> = {
  'norm-reached': 'norm-reached-meanwhile',
  'owner-declined': 'owner-declined',
  'consent-expired': 'consent-expired',
  'not-registered-there': 'not-registered-there',
  'not-entitled-to-deregister': 'not-entitled-to-deregister',
};

export function applicationView(app: ApplicationRecord) {
  return {
    id: app.id,
    number: app.number,
    service: app.service,
    state: app.state,
    channel: app.channel,
    applicant: app.applicant,
    rka: app.rka,
    owner: app.owner,
    ...(app.payload.relation ? { relation: app.payload.relation } : {}),
    members: app.payload.members ?? [],
    periodMonths: app.payload.periodMonths ?? null,
    person: app.payload.person ?? null,
    coupon: app.coupon,
    outcome: app.outcome,
    reason: app.reason,
    message: message(app),
    consentDue: app.consentDue?.toISOString() ?? null,
    retryAt: app.state === 'checks' ? (app.retryAt?.toISOString() ?? null) : null,
    applicationDate: app.applicationDate,
    createdAt: app.createdAt.toISOString(),
    updatedAt: app.updatedAt.toISOString(),
    decision: app.decision,
  };
}

/** A sent one-time code as the API shows it: where it went (masked) and until when it is valid. */
export function otpSentView(sent: OtpIssued) {
  return { challengeId: sent.challengeId, phoneMasked: sent.phoneMasked, expiresAt: sent.expiresAt.toISOString() };
}
