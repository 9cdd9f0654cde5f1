// The S9/S10 filing as a flow (flow/steps.ts; issue 17 item 6): which service, the object (its
// kind and, where the deadline rule reads it, its area — 004 cl.5, L2 r.3), its cadastral code or
// address, whether there is a land-plot document (the definition's `applicant-states` condition),
// the uploads, the consent, then the check page. One question per page; the draft keeps the id
// the case will have, so the uploads are the case's from the first one.
import { documentsNeeded, statementsAsked } from '../../../domain/case-documents/required.ts';
import { OBJECT_KINDS, type ObjectKind } from '../../../domain/deadlines/rules.ts';
import { serviceOn } from '../../../domain/public-services/catalogue.ts';
import type { ApplicantFact, ServiceId } from '../../../domain/public-services/definition.ts';
import type { IsoDate } from '../../../domain/dates.ts';
import type { DraftFlow } from '../flow/draft.ts';

export const VARIANTS = ['S9a', 'S9b', 'S9c', 'S10'] as const;
export type Variant = (typeof VARIANTS)[number];
export { OBJECT_KINDS };

export interface Answers extends Record<string, unknown> {
  /** The id the case will have: uploads are kept under it. */
  caseId: string;
  variant: Variant;
  object: ObjectKind | null;
  areaM2: number | null;
  rka: string | null;
  address: string | null;
  landPlot: 'yes' | 'no' | null;
  /** S9a: the new object's address — the city (the address register's code), street, house, flat. */
  city: string | null;
  street: string | null;
  house: string | null;
  flat: string | null;
  /** S9a: the right holders with their shares, the applicant first (cadastre-object.ts readOwners). */
  owners: { iin: string; share: string }[] | null;
  /** Set when the documents page was left with every needed document uploaded. */
  documentsDone: boolean | null;
  /** The SMS-code challenge the applicant confirmed as consent (004 cl.4). */
  consent: string | null;
  /** The case filed from these answers. */
  filed: string;
}
export type Given = Partial<Answers>;

export type Step = 'variant' | 'object' | 'area' | 'where' | 'describe' | 'owners' | 'land' | 'documents' | 'consent';

export const serviceOf = (variant: Variant): ServiceId => (variant === 'S10' ? 'S10' : 'S9');
export const isVariant = (v: string): v is Variant => (VARIANTS as readonly string[]).includes(v);
export const isObjectKind = (v: string): v is ObjectKind => (OBJECT_KINDS as readonly string[]).includes(v);

/** S9a reads no object (its term is one working day, 004 cl.5 1)); the others go by the object. */
const asksObject = (a: Given) => a.variant !== undefined && a.variant !== 'S9a';
/**
 * S9a (004 cl.4): the new object is described — its address with the РКА the address register
 * gave it, its total area and its right holders — since the executor enters exactly that into
 * ЕГКН, where the registration rules read the area (P4.1, N1).
 */
export const isNewObject = (a: Given) => a.variant === 'S9a';
/** D4: "other" goes by total area; so does a first-category object for S10 (service-engine.md reading 4). */
export const asksArea = (a: Given) =>
  asksObject(a) && (a.object === 'other' || (a.variant === 'S10' && a.object === 'first-category'));

const definitionOf = (variant: Variant, on: IsoDate) => serviceOn(serviceOf(variant), on).definition;

/** The applicant-states questions of the variant (S9b/S9c: the land-plot document "if any"). */
export const asksLandPlot = (a: Given, on: IsoDate) =>
  a.variant !== undefined && statementsAsked(definitionOf(a.variant, on), a.variant).includes('has-land-plot-document');

export function statementsOf(a: Given): Set<ApplicantFact> {
  return new Set(a.landPlot === 'yes' ? (['has-land-plot-document'] as const) : []);
}

/** The e-copies to upload, per the definition's `when` conditions. */
export function neededDocuments(a: Given, on: IsoDate) {
  return a.variant === undefined ? [] : documentsNeeded(definitionOf(a.variant, on), a.variant, statementsOf(a));
}

export const PATH = (step: Step | 'check') => (step === 'variant' ? '/cadastre/new' : `/cadastre/new/${step}`);

/** The flow, for the day of the request (the definition in force decides the documents). */
export function cadastreFlow(holder: DraftFlow<Answers, Step>['holder'], on: IsoDate): DraftFlow<Answers, Step> {
  return {
    name: 'cadastre',
    holder,
    start: '/cadastre/cases',
    path: PATH,
    strict: true,
    leave: (draft) => (draft.answers.filed ? `/cadastre/cases/${draft.answers.filed}` : null),
    steps: [
      { id: 'variant', answered: (a) => a.variant !== undefined && a.caseId !== undefined },
      { id: 'object', applies: asksObject, answered: (a) => !!a.object },
      {
        id: 'describe',
        applies: isNewObject,
        answered: (a) => !!a.city && !!a.street && !!a.house && !!a.rka,
      },
      { id: 'area', applies: (a) => asksArea(a) || isNewObject(a), answered: (a) => typeof a.areaM2 === 'number' },
      { id: 'where', applies: (a) => !isNewObject(a), answered: (a) => !!a.rka || !!a.address },
      { id: 'owners', applies: isNewObject, answered: (a) => (a.owners?.length ?? 0) > 0 },
      { id: 'land', applies: (a) => asksLandPlot(a, on), answered: (a) => !!a.landPlot },
      { id: 'documents', answered: (a) => a.documentsDone === true },
      { id: 'consent', answered: (a) => !!a.consent },
    ],
  };
}
