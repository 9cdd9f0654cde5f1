// How an access-log entry reads to the person it is about (issue 13), for the cabinet API and
// page alike. An employee is named by role and office, never by IIN or name: the citizen learns
// which organisation read their data and why, and can ask that office; who exactly it was is for
// the auditor (console search), as Estonia's Data Tracker names the institution, not the clerk.
import { localize, type Localized, type MessageKey } from '../../i18n/messages.ts';
import type { AccessRecord } from '../../services/privacy/access-log.ts';

export function accessWho(entry: AccessRecord): Localized {
  if (entry.actorKind === 'operator') {
    const role = entry.actorRole ?? 'reception';
    return localize(`access.who.operator.${role}` as MessageKey, { office: entry.office ?? '—' });
  }
  return localize(entry.actorKind === 'system' ? 'access.who.system' : 'access.who.citizen');
}

export function accessWhy(entry: AccessRecord): Localized {
  return localize(`access.purpose.${entry.purpose}` as MessageKey);
}

export function accessDatabase(entry: AccessRecord): Localized {
  return localize(entry.registry ? (`access.registry.${entry.registry}` as MessageKey) : 'access.registry.application');
}

/** The cabinet's JSON of one entry: no IIN of whoever read it. */
export function citizenAccessView(entry: AccessRecord) {
  return {
    at: entry.at.toISOString(),
    actorKind: entry.actorKind,
    actorRole: entry.actorRole,
    office: entry.office,
    purpose: entry.purpose,
    registry: entry.registry,
    applicationId: entry.applicationId,
    applicationNumber: entry.applicationNumber,
    certificateNumber: entry.certificateNumber,
    who: accessWho(entry),
    why: accessWhy(entry),
    database: accessDatabase(entry),
  };
}
