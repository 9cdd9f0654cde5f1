// S7 state duty (003 ¶B2): 0.5 MRP for the certificates issued when a civil-status record is
// restored, with the two exemptions the standard lists. Pure: the MRP comes from a table
// (mrp.ts), the facts from the ЦОН intake.
import type { IsoDate } from '../dates.ts';
import { S7 } from '../public-services/standards-003-services.ts';
import { MRP_TABLE, mrpOn, type MrpYear } from './mrp.ts';

/** The civil-status records 003 ¶B2's exemptions name, and marriage (restorable, never exempt). */
export const RESTORED_RECORDS = ['birth', 'death', 'paternity', 'adoption', 'marriage'] as const;
export type RestoredRecord = (typeof RESTORED_RECORDS)[number];

/**
 * 003 ¶B2 exemption (1): who is freed from the duty "for registering and re-issuing birth
 * certificates". Each status is shown by the document item 8 asks for (the basis of the benefit).
 */
export const BIRTH_CERTIFICATE_EXEMPT = [
  'wwii-participant', // Ұлы Отан соғысына қатысушылар
  'wwii-equated', // оларға теңестiрiлген адамдар
  'home-front-awarded', // тылдағы еңбегі үшін ордендермен, медальдармен наградталған
  'home-front-six-months', // 22.06.1941–09.05.1945 кемінде алты ай жұмыс істеген, наградталмаған
  'disabled', // мүгедектер
  'parent-of-disabled-since-childhood', // бала жастан мүгедектердің ата-аналарының бірі
  'guardian', // қорғаншылар (қамқоршылар)
  'state-organisation', // мемлекеттiк ұйымдар
] as const;
export type ExemptStatus = (typeof BIRTH_CERTIFICATE_EXEMPT)[number];

/** 003 ¶B2 exemption (2): records restored because of errors at registration, with proof. */
const ERROR_EXEMPT_RECORDS: readonly RestoredRecord[] = ['birth', 'death', 'paternity', 'adoption'];

export interface DutyFacts {
  /** The day the application is filed at the ЦОН (Astana date): its year's MRP counts. */
  filedOn: IsoDate;
  record: RestoredRecord;
  /** Statuses of exemption (1) the applicant shows a document for. */
  statuses: readonly ExemptStatus[];
  /** Exemption (2): the record is restored because of an error made at registration… */
  registrationError: boolean;
  /** …and the applicant presents the documents that confirm it. */
  errorProven: boolean;
}

export type DutyExemption =
  | { ground: 'birth-certificate-status'; status: ExemptStatus; source: '003 ¶B2 (1)' }
  | { ground: 'registration-error'; source: '003 ¶B2 (2)' };

export type StateDuty =
  | { kind: 'exempt'; exemption: DutyExemption }
  | {
      kind: 'due';
      /** Multiple of the MRP (0.5, from S7's definition). */
      mrp: number;
      /** The duty in tiyn: mrp × the MRP of the filing year. */
      tiyn: number;
      mrpYear: MrpYear;
      /** True while the MRP figure is a placeholder, so the sum may not be shown as final. */
      placeholder: boolean;
    }
  /** The table has no MRP for the filing date: a coded answer, not a guessed sum. */
  | { kind: 'mrp-unknown'; filedOn: IsoDate };

/** The duty rate of S7 as its definition holds it (services.md S7: 0.5 MRP). */
export function s7DutyRate(): number {
  if (S7.fees.kind !== 'state-duty') throw new RangeError('S7 is catalogued without a state duty');
  return S7.fees.mrp;
}

/** Which exemption of 003 ¶B2 frees the applicant, if any. */
export function dutyExemption(facts: Omit<DutyFacts, 'filedOn'>): DutyExemption | null {
  // (2): birth, death, paternity or adoption records restored for a registration error, with proof.
  if (facts.registrationError && facts.errorProven && ERROR_EXEMPT_RECORDS.includes(facts.record))
    return { ground: 'registration-error', source: '003 ¶B2 (2)' };
  // (1) speaks of birth certificates only; restoring a birth record issues one, so it applies to
  // that record and no other (services.md S7 marks how (1) reaches restoration as ambiguous).
  const status = BIRTH_CERTIFICATE_EXEMPT.find((s) => facts.statuses.includes(s));
  if (facts.record === 'birth' && status !== undefined)
    return { ground: 'birth-certificate-status', status, source: '003 ¶B2 (1)' };
  return null;
}

/** The S7 duty for an application filed on `facts.filedOn`. */
export function stateDutyOn(facts: DutyFacts, table: readonly MrpYear[] = MRP_TABLE): StateDuty {
  const exemption = dutyExemption(facts);
  if (exemption) return { kind: 'exempt', exemption };
  const mrpYear = mrpOn(facts.filedOn, table);
  if (!mrpYear) return { kind: 'mrp-unknown', filedOn: facts.filedOn };
  const mrp = s7DutyRate();
  return { kind: 'due', mrp, tiyn: Math.round(mrp * mrpYear.tiyn), mrpYear, placeholder: mrpYear.placeholder };
}
