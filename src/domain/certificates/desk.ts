// C9: who may be handed an address certificate at a ЦОН desk (issue 13). The operator sees the
// person present and their identity document; the certificate is issued only to the person it
// is about or to their legal representative — a parent named in the birth act of a minor, or a
// guardian on record on the date. Anyone else (a spouse, an adult's parent, a landlord) is
// refused: the online grounds C3/C4 rest on the portal's login, not on a document shown. Pure:
// the service loads the facts, this decides and explains, as entitlement.ts does online.
import type { IsoDate } from '../dates.ts';
import type { FactValue, TraceEntry } from '../decision/types.ts';
import type { Person } from '../registry-facts.ts';
import type { Entitlement } from './entitlement.ts';

export const DESK_RULES = { id: 'kz-address-certificate-desk', version: '1.0.0' } as const;

/** What the registries say of the requester's authority over the subject (hall-checks.ts). */
export type DeskAuthority =
  | { kind: 'parent'; role: 'mother' | 'father' }
  | { kind: 'guardian'; from: IsoDate; to: IsoDate | null }
  | { kind: 'none' };

export interface DeskEntitlementInput {
  requester: string;
  subject: string;
  date: IsoDate;
  /** ГБД ФЛ record of the subject; null when the IIN is not in the registry. */
  subjectPerson: Person | null;
  /** Under the adult age of the ruleset in force on the date. */
  subjectMinor: boolean;
  /** Of the requester over the subject; not asked when they are the same person. */
  authority: DeskAuthority;
}

export function decideDeskEntitlement(input: DeskEntitlementInput): Entitlement {
  const trace: TraceEntry[] = [];
  const note = (clause: string, check: string, facts: Record<string, FactValue>, result: string) =>
    trace.push({ clause, check, facts, result });
  const rules = { ...DESK_RULES };
  // C1 as online: asked only once a ground is found.
  const grant = (basis: 'self' | 'parent' | 'guardian'): Entitlement => {
    note('C1', 'subject in ГБД ФЛ', { subject: input.subject }, String(input.subjectPerson !== null));
    return input.subjectPerson
      ? { ok: true, basis, rules, trace }
      : { ok: false, reason: 'subject-unknown', rules, trace };
  };

  if (input.requester === input.subject) {
    note('C9', 'the person present is the subject', { requester: input.requester }, 'self');
    return grant('self');
  }
  const { authority } = input;
  if (authority.kind === 'parent') {
    note(
      'C9',
      'a parent in the subject’s birth act, for a minor subject',
      { role: authority.role, minor: input.subjectMinor },
      String(input.subjectMinor),
    );
    if (input.subjectMinor) return grant('parent');
  }
  if (authority.kind === 'guardian') {
    note('C9', 'a guardian of the subject on record on the date', { from: authority.from, to: authority.to }, 'true');
    return grant('guardian');
  }
  note('C9', 'the person present is neither the subject nor their legal representative', {}, 'refused');
  return { ok: false, reason: 'desk-not-representative', rules, trace };
}
