// The S6/S8 filing as a flow (flow/steps.ts; issue 19): which licence, the organisation's BIN,
// the power of attorney when ГБД ЮЛ does not name the person as the head, the question the
// documents depend on (S8: repair; S6: an intermediary), the uploads, the consent, then the
// check page. One question per page; the draft keeps the id the case will have.
import { documentsNeeded } from '../../../domain/case-documents/required.ts';
import type { IsoDate } from '../../../domain/dates.ts';
import { LICENCE_SERVICES, type LicenceService, licenceStatements } from '../../../domain/licences/filing.ts';
import { serviceOn } from '../../../domain/public-services/catalogue.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { DraftFlow } from '../flow/draft.ts';

export { LICENCE_SERVICES };

export interface Answers extends Record<string, unknown> {
  caseId: string;
  service: LicenceService;
  bin: string | null;
  /** The organisation's name as ГБД ЮЛ gives it, for the pages. */
  orgName: string | null;
  /** ГБД ЮЛ names this person as the head: no power of attorney is asked. */
  head: boolean | null;
  /** The head's IIN, who signs a representative's power of attorney. */
  headIin: string | null;
  poaNumber: string | null;
  poaIssuedOn: IsoDate | null;
  poaValidUntil: IsoDate | null;
  poaNotary: string | null;
  purpose: 'repair' | 'other' | null;
  intermediary: 'yes' | 'no' | null;
  documentsDone: boolean | null;
  consent: string | null;
  filed: string;
}
export type Given = Partial<Answers>;
export type Step = 'service' | 'company' | 'authority' | 'purpose' | 'intermediary' | 'documents' | 'consent';

export const isLicence = (v: string): v is LicenceService => (LICENCE_SERVICES as readonly string[]).includes(v);

/** The person is not the head: they act on a power of attorney (docs/legal-entities.md rule 3–8). */
export const asksAuthority = (a: Given) => a.head === false;

export function statementsOf(a: Given) {
  if (!a.service) return new Set<never>();
  return licenceStatements(
    a.service,
    { purposeRepair: a.purpose === 'repair', intermediary: a.intermediary === 'yes' },
    asksAuthority(a) ? 'power-of-attorney' : 'head',
  );
}

/** The documents to upload, per the definition's `when` conditions (¶B1, ¶B3). */
export function neededDocuments(a: Given, on: IsoDate) {
  return a.service === undefined
    ? []
    : documentsNeeded(serviceOn(a.service, on).definition, a.service, statementsOf(a));
}

const DOCUMENT_KEYS: Record<string, MessageKey> = {
  'information-form': 'licence.doc.information-form',
  'processing-contract': 'licence.doc.processing-contract',
  'processing-conditions': 'licence.doc.processing-conditions',
  authority: 'licence.doc.authority',
  'guarantee-obligation': 'licence.doc.guarantee-obligation',
  'sale-contract': 'licence.doc.sale-contract',
  'end-user-contract': 'licence.doc.end-user-contract',
};
/** The message of a document's name; the definition's English title is never shown to a citizen. */
export const documentKey = (id: string): MessageKey => DOCUMENT_KEYS[id] ?? 'licence.doc.authority';

export const PATH = (step: Step | 'check') => (step === 'service' ? '/licences/new' : `/licences/new/${step}`);

export function licenceFlow(holder: DraftFlow<Answers, Step>['holder']): DraftFlow<Answers, Step> {
  return {
    name: 'licence',
    holder,
    start: '/licences/cases',
    path: PATH,
    strict: true,
    leave: (draft) => (draft.answers.filed ? `/licences/cases/${draft.answers.filed}` : null),
    steps: [
      { id: 'service', answered: (a) => a.service !== undefined && a.caseId !== undefined },
      { id: 'company', answered: (a) => !!a.bin && typeof a.head === 'boolean' },
      { id: 'authority', applies: asksAuthority, answered: (a) => !!a.poaNumber },
      { id: 'purpose', applies: (a) => a.service === 'S8', answered: (a) => !!a.purpose },
      { id: 'intermediary', applies: (a) => a.service === 'S6', answered: (a) => !!a.intermediary },
      { id: 'documents', answered: (a) => a.documentsDone === true },
      { id: 'consent', answered: (a) => !!a.consent },
    ],
  };
}
