// What an address certificate states (seeds 002 R5, 003 ¶B4/¶B6; docs/address-certificates.md
// C6). The content is the signed object: its canonical JSON is what the service seal signs, what
// the PDF prints and what verification compares, so it holds exactly what the document shows.
import { type IsoDate, withinPeriod } from '../dates.ts';
import type { Person, Registration, RegistrationKind } from '../registry-facts.ts';

export type CertificateKind = 'current' | 'history';

export interface CertifiedRegistration {
  kind: RegistrationKind;
  rka: string;
  /** City code of the address register (e.g. "astana"). */
  city: string;
  /** The address as the address register writes it. */
  address: string;
  from: IsoDate;
  /** Last day; null while open-ended. */
  to: IsoDate | null;
}

export interface CertificateContent {
  /** Format version of this object; a new field means a new version, old ones stay verifiable. */
  version: 1;
  number: string;
  kind: CertificateKind;
  /** Instant of issue, ISO 8601 UTC. */
  issuedAt: string;
  /** The date (Astana time) the registrations are stated for. */
  asOf: IsoDate;
  subject: { iin: string; name: string; birthDate: IsoDate };
  /** Oldest first. For a `current` certificate only those active on `asOf`. */
  registrations: CertifiedRegistration[];
}

export interface AddressOf {
  (rka: string): { city: string; address: string } | undefined;
}

export type ContentResult =
  | { ok: true; content: CertificateContent }
  | { ok: false; reason: 'no-current-registration' | 'no-registration-history' | 'address-unknown' };

/**
 * C6: a `current` certificate states the registrations active on the date (permanent and
 * temporary); a `history` certificate states every registration, ended ones included. A
 * certificate that would state nothing is not issued.
 */
export function certificateContent(input: {
  number: string;
  kind: CertificateKind;
  issuedAt: Date;
  asOf: IsoDate;
  subject: Person;
  registrations: readonly Registration[];
  addressOf: AddressOf;
}): ContentResult {
  const chosen = input.registrations
    .filter((r) => input.kind === 'history' || withinPeriod(input.asOf, r.from, r.to))
    // History lists only what has begun: a registration dated ahead is not yet a fact.
    .filter((r) => r.from <= input.asOf)
    .toSorted(byStart);
  if (chosen.length === 0) {
    return { ok: false, reason: input.kind === 'current' ? 'no-current-registration' : 'no-registration-history' };
  }
  const registrations: CertifiedRegistration[] = [];
  for (const r of chosen) {
    const place = input.addressOf(r.rka);
    if (!place) return { ok: false, reason: 'address-unknown' };
    registrations.push({ kind: r.kind, rka: r.rka, city: place.city, address: place.address, from: r.from, to: r.to });
  }
  return {
    ok: true,
    content: {
      version: 1,
      number: input.number,
      kind: input.kind,
      issuedAt: input.issuedAt.toISOString(),
      asOf: input.asOf,
      subject: { iin: input.subject.iin, name: input.subject.name, birthDate: input.subject.birthDate },
      registrations,
    },
  };
}

export type StatementStatus = 'still-current' | 'no-longer-current' | 'nothing-current-stated';

/**
 * C8: whether the registration the certificate states as current on its date is still in force
 * on `today`, by the registration register. A registration is the same when its dwelling, kind
 * and start date are; it must not have ended (an end date set after issue counts from that day).
 * A history certificate whose registrations had all ended on its date states nothing current.
 */
export function statementStatus(
  content: CertificateContent,
  now: readonly Registration[],
  today: IsoDate,
): StatementStatus {
  const statedCurrent = content.registrations.filter((r) => withinPeriod(content.asOf, r.from, r.to));
  if (statedCurrent.length === 0) return 'nothing-current-stated';
  const holds = statedCurrent.every((stated) =>
    now.some(
      (r) =>
        r.rka === stated.rka && r.kind === stated.kind && r.from === stated.from && withinPeriod(today, r.from, r.to),
    ),
  );
  return holds ? 'still-current' : 'no-longer-current';
}

function byStart(a: Registration, b: Registration): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}
