// D4 (deadlines.md): the period of each service, as data the functions in counting.ts read. The
// table keeps the sources' own words ("1 working day", "the 3rd working day", "15 calendar
// days"); docs/service-engine.md records where the sources are silent and what we read.

/** The services with a stated period (D4); S1–S5 have none in the sources (Standard cl.4 absent). */
export const DEADLINE_SERVICES = ['S6', 'S7', 'S8', 'S9a', 'S9b', 'S9c', 'S9-correction', 'S10'] as const;
export type DeadlineService = (typeof DEADLINE_SERVICES)[number];

/** D6: the channels a filing moment can come through. */
export const FILING_CHANNELS = ['portal', 'con'] as const;
export type FilingChannel = (typeof FILING_CHANNELS)[number];

/** D4: the kinds of real-estate object the cadastre periods depend on. */
export const OBJECT_KINDS = ['flat', 'dormitory-room', 'house', 'garage', 'dacha', 'first-category', 'other'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/** D3: "N working days" / "the Nth working day" (the same day), or "N calendar days". */
export type Term = { readonly unit: 'working-days' | 'calendar-days'; readonly days: number };

/** The facts of an application a period can depend on (D6 input fields). */
export type DeadlineFact = 'object' | 'areaM2' | 'astana' | 'extensionDays';

/** D4: 1000 m² exactly counts as "≤ 1000". */
export const LARGE_OBJECT_OVER_M2 = 1000;

export type PeriodRule =
  | { readonly kind: 'fixed'; readonly term: Term }
  /** S6: a shorter term when the applicant is located in Astana. */
  | { readonly kind: 'by-city'; readonly term: Term; readonly astana: Term }
  /**
   * S9b/S9c, S10: by the object's kind; `other` by total area. A kind missing from `byKind`
   * counts as `other` (S10: L2 r.3 names no first category).
   */
  | {
      readonly kind: 'by-object';
      readonly unit: 'working-days';
      readonly byKind: Partial<Record<Exclude<ObjectKind, 'other'>, number>>;
      readonly otherUpTo1000: number;
      readonly otherOver1000: number;
    };

export type ExtensionRule =
  | { readonly kind: 'none' }
  /** D3, S7: at most `maxDays` calendar days; the applicant is told within `noticeWorkingDays`. */
  | { readonly kind: 'calendar-days'; readonly maxDays: number; readonly noticeWorkingDays: number }
  /** D3, S9: by agreement with the applicant; the whole period ≤ `capMonths` from the application. */
  | { readonly kind: 'by-agreement'; readonly capMonths: number };

/** D5: whether 004 cl.5-1 (preliminary decision and hearing) governs a refusal. */
export type RefusalProcedure = 'hearing-when-over-3-working-days' | 'not-stated';

export interface DeadlineRule {
  readonly service: DeadlineService;
  /** D2: the channels the service is filed through (S9, S10 portal only; S7 ЦОН only). */
  readonly channels: readonly FilingChannel[];
  /** D6: the facts the rule reads; any other fact in the input is not allowed for the service. */
  readonly facts: readonly DeadlineFact[];
  readonly period: PeriodRule;
  readonly extension: ExtensionRule;
  readonly refusal: RefusalProcedure;
  /** Where the period is written. */
  readonly source: string;
}

const wd = (days: number): Term => ({ unit: 'working-days', days });
const NO_EXTENSION: ExtensionRule = { kind: 'none' };
// D3, S9: "by agreement with the applicant per complexity; in total ≤ two months" (004 cl.5).
const S9_EXTENSION: ExtensionRule = { kind: 'by-agreement', capMonths: 2 };
const CADASTRE = { channels: ['portal'], refusal: 'hearing-when-over-3-working-days' } as const;
// D4: flats and dormitory rooms 3rd wd; houses, garages, dachas and first-category objects 5th;
// other objects 7th (≤ 1000 m²) or 10th (004 cl.5, L1 r.3).
const S9_PASSPORT: PeriodRule = {
  kind: 'by-object',
  unit: 'working-days',
  byKind: { flat: 3, 'dormitory-room': 3, house: 5, garage: 5, dacha: 5, 'first-category': 5 },
  otherUpTo1000: 7,
  otherOver1000: 10,
};

export const DEADLINE_RULES: Readonly<Record<DeadlineService, DeadlineRule>> = {
  // D4: 20 working days; 10 when located in Astana (003 ¶B1). Filed at the office, ЦОН or portal.
  S6: {
    service: 'S6',
    channels: ['portal', 'con'],
    facts: ['astana'],
    period: { kind: 'by-city', term: wd(20), astana: wd(10) },
    extension: NO_EXTENSION,
    refusal: 'not-stated',
    source: '003 ¶B1',
  },
  // D4: 15 calendar days, acceptance day excluded; + at most 15, told within 2 wd (003 ¶B2).
  S7: {
    service: 'S7',
    channels: ['con'],
    facts: ['extensionDays'],
    period: { kind: 'fixed', term: { unit: 'calendar-days', days: 15 } },
    extension: { kind: 'calendar-days', maxDays: 15, noticeWorkingDays: 2 },
    refusal: 'not-stated',
    source: '003 ¶B2',
  },
  // D4: 15 working days from submission to the provider, ЦОН or the portal (003 ¶B3).
  S8: {
    service: 'S8',
    channels: ['portal', 'con'],
    facts: [],
    period: { kind: 'fixed', term: wd(15) },
    extension: NO_EXTENSION,
    refusal: 'not-stated',
    source: '003 ¶B3',
  },
  // D4: data entry into ЕГКН, one working day (004 cl.5, L1 r.3).
  S9a: {
    service: 'S9a',
    ...CADASTRE,
    facts: [],
    period: { kind: 'fixed', term: wd(1) },
    extension: S9_EXTENSION,
    source: '004 cl.5, L1 r.3',
  },
  S9b: {
    service: 'S9b',
    ...CADASTRE,
    facts: ['object', 'areaM2'],
    period: S9_PASSPORT,
    extension: S9_EXTENSION,
    source: '004 cl.5, L1 r.3',
  },
  S9c: {
    service: 'S9c',
    ...CADASTRE,
    facts: ['object', 'areaM2'],
    period: S9_PASSPORT,
    extension: S9_EXTENSION,
    source: '004 cl.5, L1 r.3',
  },
  // 004 cl.7: a joint decision of the local representative and executive bodies renames a
  // settlement or street, or renumbers a building: the State Corporation corrects the cadastral
  // passport "within 1 working day", without a visit, free. Nobody files it: the decision reaches
  // the State Corporation's system electronically, at any hour, so it is accepted as a portal
  // filing is (D2: at or after 18:30 or on a day off, the next working day) and due the working
  // day after — docs/service-engine.md, reading 13.
  'S9-correction': {
    service: 'S9-correction',
    channels: ['portal'],
    facts: [],
    period: { kind: 'fixed', term: wd(1) },
    extension: NO_EXTENSION,
    refusal: 'hearing-when-over-3-working-days',
    source: '004 cl.7',
  },
  // D4: duplicate passport — flats, rooms, houses, garages, dachas 1st wd; other 2nd / 3rd (004 L2 r.3).
  S10: {
    service: 'S10',
    ...CADASTRE,
    facts: ['object', 'areaM2'],
    period: {
      kind: 'by-object',
      unit: 'working-days',
      byKind: { flat: 1, 'dormitory-room': 1, house: 1, garage: 1, dacha: 1 },
      otherUpTo1000: 2,
      otherOver1000: 3,
    },
    extension: NO_EXTENSION,
    source: '004 L2 r.3',
  },
};
