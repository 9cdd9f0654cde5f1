// The result documents of a case (services.md §5.9; 004 cl.4, cl.6, cl.7, cl.9, cl.11): which
// documents the signing step of each variant produces, and what each of them states. The table is
// keyed by variant, so another variant (a later correction after a street renaming, 004 cl.7)
// adds its own entry and, if it needs one, its own kind of document. Pure data and functions:
// the service layer gathers the facts, signs the content with the provider's seal and renders it.
import type { CadastreObject } from '../cases/cadastre-object.ts';

export const RESULT_KINDS = [
  'data-entry-notice',
  'cadastral-passport',
  'discrepancy-conclusion',
  'duplicate-passport',
  'corrected-passport',
] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export interface ResultSpec {
  /** The step whose completion produces the result: management's EDS signature (004 cl.4, cl.9). */
  readonly step: string;
  readonly documents: readonly ResultKind[];
  readonly source: string;
}

/** Per variant, the documents its signature produces, in the order they are filed. */
export const RESULT_DOCUMENTS: Readonly<Record<string, ResultSpec>> = {
  // 004 cl.4, cl.6: "notification of the entry of the data into ЕГКН IS".
  S9a: { step: 'sign', documents: ['data-entry-notice'], source: '004 cl.4, cl.6, L1 r.5' },
  // 004 cl.6, cl.7 7)–8): the cadastral passport prepared from the inspection, signed by the head.
  S9b: { step: 'sign', documents: ['cadastral-passport'], source: '004 cl.6, cl.7, L1 r.5' },
  // 004 cl.6: the conclusion (Annex 3) "together with the cadastral passport".
  S9c: { step: 'sign', documents: ['discrepancy-conclusion', 'cadastral-passport'], source: '004 cl.6, cl.7, L1 r.5' },
  // 004 cl.9, cl.11: a copy of the passport from the inventory file, marked «Телнұсқа».
  S10: { step: 'sign', documents: ['duplicate-passport'], source: '004 cl.9, cl.11' },
  // 004 cl.7: after a renaming decision, the passport corrected — no visit, the same object.
  'S9-correction': { step: 'sign', documents: ['corrected-passport'], source: '004 cl.7' },
};

/** The result the completion of `step` of `variant` produces, or null. */
export function resultOf(variant: string, step: string): ResultSpec | null {
  const spec = RESULT_DOCUMENTS[variant];
  return spec && spec.step === step ? spec : null;
}

/** The inspection's measurements (step-output.ts `inspect`). */
export interface Measurements {
  readonly totalAreaM2: number;
  readonly livingAreaM2: number;
  readonly rooms: number;
  readonly explication: string;
}

/** What the service layer gathers for the result of a case. */
export interface ResultFacts {
  /** The case's number as the applicant knows it (C-000123). */
  readonly caseNumber: string;
  readonly service: string;
  readonly variant: string;
  /** When management signed (ISO instant). */
  readonly signedAt: string;
  /** The object as its inventory file knows it: its РКА, or the address it was filed under. */
  readonly object: { readonly rka: string | null; readonly address: string | null };
  /** S9a: the new object as entered into ЕГКН. */
  readonly cadastre: CadastreObject | null;
  /** S9b, S9c: what the technical inspection measured. */
  readonly measurements: Measurements | null;
  /** S9c: the conclusion the `discrepancies` step drew up (Annex 3). */
  readonly conclusion: string | null;
  /** S10, S9-correction: the lines of the newest passport in the object's inventory file. */
  readonly passport: readonly ResultLine[] | null;
  /** S9-correction: the decision and the object's address before and after it (correction.ts). */
  readonly correction: {
    readonly decisionNumber: string;
    readonly decidedOn: string;
    readonly oldAddress: string;
    readonly newAddress: string;
  } | null;
}

/** One labelled line of a result; the label is a stable id the renderer translates. */
export interface ResultLine {
  readonly label: string;
  readonly value: string | number;
}

/** The signed content of one result document (its canonical JSON is what the seal signs). */
export interface ResultContent {
  readonly kind: ResultKind;
  readonly caseNumber: string;
  readonly service: string;
  readonly variant: string;
  readonly signedAt: string;
  readonly duplicate: boolean;
  readonly lines: readonly ResultLine[];
  readonly source: string;
}

export type ResultBuild =
  { readonly ok: true; readonly content: ResultContent } | { readonly ok: false; readonly missing: string };

function objectLines(facts: ResultFacts): ResultLine[] {
  const lines: ResultLine[] = [];
  if (facts.object.rka) lines.push({ label: 'rka', value: facts.object.rka });
  if (facts.object.address) lines.push({ label: 'address', value: facts.object.address });
  return lines;
}

function measurementLines(m: Measurements): ResultLine[] {
  return [
    { label: 'totalAreaM2', value: m.totalAreaM2 },
    { label: 'livingAreaM2', value: m.livingAreaM2 },
    { label: 'rooms', value: m.rooms },
    { label: 'explication', value: m.explication },
  ];
}

const BUILDERS: Readonly<Record<ResultKind, (facts: ResultFacts) => ResultLine[] | string>> = {
  // 004 cl.4: the object's identification and technical data as entered into ЕГКН.
  'data-entry-notice': (f) => {
    const o = f.cadastre;
    if (!o) return 'cadastre';
    return [
      { label: 'rka', value: o.rka },
      { label: 'address', value: `${o.city}, ${o.address}` },
      { label: 'totalAreaM2', value: o.areaM2 },
      ...o.owners.map((owner) => ({ label: 'owner', value: `${owner.iin} (${owner.share})` })),
    ];
  },
  // 004 cl.7: the passport carries the technical characteristics the inspection established.
  'cadastral-passport': (f) => (f.measurements ? [...objectLines(f), ...measurementLines(f.measurements)] : 'inspect'),
  // 004 cl.7, Annex 3: the facts of the changes found, with the measurements they rest on.
  'discrepancy-conclusion': (f) => {
    if (f.conclusion === null) return 'discrepancies';
    if (!f.measurements) return 'inspect';
    return [...objectLines(f), { label: 'conclusion', value: f.conclusion }, ...measurementLines(f.measurements)];
  },
  // 004 cl.9: copied from the passport in the inventory file, the object as filed on top.
  'duplicate-passport': (f) => {
    if (!f.passport) return 'passport';
    const copied = f.passport.filter((l) => l.label !== 'rka' && l.label !== 'address');
    return [...objectLines(f), ...copied];
  },
  // 004 cl.7: the passport's technical data as they were, under the address the decision gave;
  // the former address and the decision are stated so the holder sees why it changed.
  'corrected-passport': (f) => {
    if (!f.correction) return 'correction';
    if (!f.passport) return 'passport';
    const copied = f.passport.filter((l) => l.label !== 'rka' && l.label !== 'address');
    return [
      ...(f.object.rka ? [{ label: 'rka', value: f.object.rka }] : []),
      { label: 'address', value: f.correction.newAddress },
      ...copied,
      { label: 'previousAddress', value: f.correction.oldAddress },
      { label: 'decision', value: `№ ${f.correction.decisionNumber}, ${f.correction.decidedOn}` },
    ];
  },
};

/** The content of one result document, or which fact it lacks. */
export function buildResult(kind: ResultKind, facts: ResultFacts, source: string): ResultBuild {
  const lines = BUILDERS[kind](facts);
  if (typeof lines === 'string') return { ok: false, missing: lines };
  return {
    ok: true,
    content: {
      kind,
      caseNumber: facts.caseNumber,
      service: facts.service,
      variant: facts.variant,
      signedAt: facts.signedAt,
      // 004 cl.11: the duplicate carries the electronic mark «Телнұсқа».
      duplicate: kind === 'duplicate-passport',
      lines,
      source,
    },
  };
}
