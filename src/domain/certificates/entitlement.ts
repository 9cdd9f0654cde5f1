// Who may obtain an address certificate for whom online (seeds 003 ¶B4, ¶B6; clauses C1–C5 of
// docs/address-certificates.md). Pure: the service loads the facts, this decides and explains.
import { type IsoDate, isoDate } from '../dates.ts';
import type { FactValue, TraceEntry } from '../decision/types.ts';
import { marriageStandsOn } from '../kinship.ts';
import type { BirthAct, MarriageAct, Person } from '../registry-facts.ts';

/** Effective-dated like the registration rulesets: the dates come from the service standard. */
export interface CertificateRules {
  id: string;
  version: string;
  validFrom: IsoDate;
  /** C3: the child's birth act must be registered on or after this date (003 ¶B6). */
  childBirthActFrom: IsoDate;
  /** C4: the marriage must be registered on or after this date (003 ¶B4: "2008 and later"). */
  spouseMarriageFrom: IsoDate;
}

export const ADDRESS_CERTIFICATE_RULES: readonly CertificateRules[] = [
  {
    id: 'kz-address-certificate',
    version: '1.0.0',
    validFrom: isoDate(2015, 1, 1),
    childBirthActFrom: isoDate(2007, 8, 13),
    spouseMarriageFrom: isoDate(2008, 1, 1),
  },
];

/** The rules in force on the date: the latest whose validFrom is not after it. */
export function certificateRulesOn(date: IsoDate): CertificateRules {
  const inForce = ADDRESS_CERTIFICATE_RULES.filter((r) => r.validFrom <= date);
  return inForce.at(-1) ?? ADDRESS_CERTIFICATE_RULES[0]!;
}

/** Online grounds C2–C4; at a ЦОН desk also a guardian (C9, desk.ts). */
export type EntitlementBasis = 'self' | 'parent' | 'spouse' | 'guardian';

export type EntitlementRefusal =
  | 'subject-unknown'
  | 'birth-act-too-early'
  | 'marriage-too-early'
  | 'marriage-dissolved'
  | 'not-entitled'
  | 'desk-not-representative';

export type Entitlement =
  | { ok: true; basis: EntitlementBasis; rules: { id: string; version: string }; trace: TraceEntry[] }
  | { ok: false; reason: EntitlementRefusal; rules: { id: string; version: string }; trace: TraceEntry[] };

export interface EntitlementInput {
  requester: string;
  subject: string;
  date: IsoDate;
  /** ГБД ФЛ record of the subject; null when the IIN is not in the registry. */
  subjectPerson: Person | null;
  /** ЗАГС birth act of the subject (when the subject is not the requester). */
  subjectBirthAct: BirthAct | null;
  /** ЗАГС marriages of the requester, dissolved ones included. */
  requesterMarriages: readonly MarriageAct[];
}

export function decideEntitlement(input: EntitlementInput): Entitlement {
  const rules = certificateRulesOn(input.date);
  const trace: TraceEntry[] = [];
  const note = (clause: string, check: string, facts: Record<string, FactValue>, result: string) =>
    trace.push({ clause, check, facts, result });
  const done = { id: rules.id, version: rules.version };
  const refuse = (reason: EntitlementRefusal): Entitlement => ({ ok: false, reason, rules: done, trace });
  // C1: the subject must be a person of ГБД ФЛ. Asked only once a ground is found, so that the
  // answer to a stranger never tells whether an IIN exists.
  const grant = (basis: EntitlementBasis): Entitlement => {
    note('C1', 'subject in ГБД ФЛ', { subject: input.subject }, String(input.subjectPerson !== null));
    return input.subjectPerson ? { ok: true, basis, rules: done, trace } : refuse('subject-unknown');
  };

  // C2: anyone may obtain their own certificate.
  if (input.requester === input.subject) {
    note('C2', 'requester is the subject', { requester: input.requester }, 'self');
    return grant('self');
  }

  // C3: a parent named in the child's birth act, for acts registered on or after 13 Aug 2007.
  const act = input.subjectBirthAct;
  const isParent = act !== null && (act.mother === input.requester || act.father === input.requester);
  note(
    'C3',
    'requester is a parent in the subject’s birth act',
    { mother: act?.mother ?? null, father: act?.father ?? null, registered: act?.registered ?? null },
    String(isParent),
  );
  if (isParent) {
    const registered = act.registered;
    const recentEnough = registered !== null && registered >= rules.childBirthActFrom;
    note(
      'C3',
      'birth act registered on or after the date the online service covers',
      { registered, from: rules.childBirthActFrom },
      String(recentEnough),
    );
    return recentEnough ? grant('parent') : refuse('birth-act-too-early');
  }

  // C4: a spouse in a marriage registered in 2008 or later and standing on the date (I6).
  const marriages = input.requesterMarriages.filter((m) => m.spouses.includes(input.subject));
  const standing = marriages.find((m) => marriageStandsOn(m, input.date));
  note(
    'C4',
    'a marriage between requester and subject stands on the date',
    {
      marriages: marriages.map((m) => ({ date: m.date, dissolved: m.dissolved })),
      date: input.date,
    },
    String(standing !== undefined),
  );
  if (standing) {
    const recentEnough = standing.date >= rules.spouseMarriageFrom;
    note(
      'C4',
      'marriage registered in 2008 or later',
      { date: standing.date, from: rules.spouseMarriageFrom },
      String(recentEnough),
    );
    return recentEnough ? grant('spouse') : refuse('marriage-too-early');
  }
  if (marriages.length > 0) return refuse('marriage-dissolved');

  // C5: anyone else (other relatives, landlords, employers) goes to a ЦОН with the person's
  // notarised consent or a power of attorney (003 ¶B6).
  note('C5', 'no other ground online', {}, 'refused');
  return refuse('not-entitled');
}
