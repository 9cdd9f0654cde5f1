// services.md §3 S1, S2: passports, identity cards and temporary identity cards (002 R1, R2).
// S1 runs on the case engine, its steps 3–13 in registers (src/services/identity-documents/).
import type { ServiceDefinition } from './definition.ts';
import {
  AUTOMATIC_ONLY,
  NO_CONSENT,
  NOT_STATED_FEE,
  notStated,
  PROVIDER,
  REPEALED,
  STANDARD_DOCUMENTS,
} from './migration-common.ts';

const WD = (value: number) => ({ unit: 'working-days', value }) as const;
const DAY = { unit: 'days', value: 1 } as const;

export const S1: ServiceDefinition = {
  id: 'S1',
  version: '1.0.0',
  name: {
    kk: 'Қазақстан Республикасының азаматтарына паспорттар, жеке куәліктер беру',
    ru: 'Выдача паспортов, удостоверений личности гражданам Республики Казахстан',
    en: 'Passports and identity cards for citizens of Kazakhstan',
  },
  source: '002 R1 cl.1–15, App1, App3; 003 ¶B5',
  validity: REPEALED,
  provider: PROVIDER,
  // 003 ¶B5: any ЦОН accepts, whatever the residence (cl.6 said the registration place).
  territory: 'any-con',
  applicants: { kinds: ['individual'], onBehalfOf: ['self'] },
  channels: [
    { kind: 'con', preconditions: ['login-password'], source: '002 R1 cl.6–7' },
    // 002 R1 cl.6: the portal only to replace a document when document types change.
    { kind: 'portal', preconditions: ['eds'], source: '002 R1 cl.6' },
  ],
  documents: STANDARD_DOCUMENTS('002 R1 cl.7'),
  consent: NO_CONSENT,
  // 002 R1 App1 Table 1: the chain ЦОН/ҚАІІб → КҚПБ → КҚПД → АӨО РМК → КҚПД → КҚПБ → ҚАІІб → ЦОН.
  // `limit` is the general procedure's, `urgency` the limits of U1–U3 (App1 names the categories
  // without defining them). "1 day" is not said working or calendar: `days`, read as working days
  // (sla.ts); "U1–3 daily" is read as 1 day. Steps 3–13 move in registers (docs/identity-documents.md).
  steps: [
    {
      id: 'accept',
      actor: 'reception',
      action: 'Accept and check documents (App1 st.1)',
      output: 'Application registered',
      limit: { unit: 'minutes', value: 30 },
    },
    {
      id: 'formular',
      actor: 'reception',
      action: 'Check in the database, e-formular, photo, confirm with EDS (App1 st.2)',
      output: 'Registration coupon, formular stub',
      limit: { unit: 'minutes', value: 30 },
    },
    {
      id: 'register',
      actor: 'qaiib',
      action: 'Register the formulars ×3, send two with the formulars and the e-formular to КҚПБ (App1 st.3)',
      output: 'Register',
      limit: WD(5),
      urgency: { u1: WD(1), u2: WD(1), u3: WD(2) },
    },
    {
      id: 'regional-check',
      actor: 'kqpb',
      unit: 'kqpb',
      action: 'Check the formulars, consolidated register ×3, two to КҚПД (App1 st.4)',
      output: 'Consolidated register',
      limit: WD(5),
      urgency: { u1: WD(1), u2: WD(1), u3: WD(2) },
    },
    {
      id: 'log-incoming',
      actor: 'kqpd',
      unit: 'kqpd',
      action: 'Log the incoming registers (App1 st.5)',
      output: 'Incoming number',
      limit: DAY,
    },
    {
      id: 'department-check',
      actor: 'kqpd',
      unit: 'kqpd',
      action: 'Check the formulars and the applicant in the wanted-persons database (App1 st.6)',
      output: 'Register signed',
      limit: WD(5),
      urgency: { u1: WD(1), u2: WD(1), u3: WD(2) },
    },
    {
      id: 'send-to-production',
      actor: 'kqpd',
      unit: 'kqpd',
      action: 'Send the register and formulars to АӨО РМК (App1 st.7)',
      output: 'Covering letter',
      limit: DAY,
    },
    {
      id: 'produce',
      actor: 'aoo-rmk',
      unit: 'aoo-rmk',
      action: 'Produce the documents, return them to КҚПД with the registers (App1 st.8)',
      output: 'Documents with their numbers',
      limit: WD(10),
      urgency: { u1: WD(1), u2: WD(3), u3: WD(5) },
    },
    {
      id: 'register-ready',
      actor: 'kqpd',
      unit: 'kqpd',
      action: 'Register the ready documents, form the dispatch register (App1 st.9)',
      output: 'Dispatch register',
      limit: WD(5),
      urgency: { u1: DAY, u2: DAY, u3: DAY },
    },
    {
      id: 'dispatch-down',
      actor: 'kqpd',
      unit: 'kqpd',
      action: 'Send documents, formulars and registers to КҚПБ (App1 st.10)',
      output: 'Documents sent',
      limit: WD(5),
      urgency: { u1: DAY, u2: DAY, u3: DAY },
    },
    {
      id: 'regional-file',
      actor: 'kqpb',
      unit: 'kqpb',
      action: 'Add to the dispatch, file a copy (App1 st.11)',
      output: 'Dispatch',
      limit: DAY,
    },
    {
      id: 'regional-send',
      actor: 'kqpb',
      unit: 'kqpb',
      action: 'Send to the city ҚАІІб (App1 st.12)',
      output: 'Documents sent',
      limit: DAY,
    },
    {
      id: 'to-con',
      actor: 'qaiib',
      action: 'Send documents and formulars to the ЦОН; formulars to the card index (App1 st.13)',
      output: 'Documents at the ЦОН',
      limit: DAY,
    },
    {
      id: 'hand-over',
      actor: 'reception',
      // 003 ¶B5: after an extra check or decision, only at the registered address's ЦОН.
      issuing: true,
      action: 'Hand the documents to the applicant (App1 st.14)',
      output: 'Passport or ID card, signed receipt',
      limit: { unit: 'minutes', value: 10 },
    },
  ],
  variants: [
    {
      id: 'S1',
      name: { kk: 'Паспорт, жеке куәлік', ru: 'Паспорт, удостоверение личности', en: 'Passport, identity card' },
      deadline: notStated('002 R1 cl.9'),
      result: {
        what: 'Passport and/or identity card',
        form: 'paper',
        signedBy: 'not-stated',
        delivery: ['con'],
        source: '002 R1 cl.4',
      },
    },
  ],
  fees: NOT_STATED_FEE,
  refusal: {
    ...AUTOMATIC_ONLY,
    // 002 R1 App1 st.6: the КҚПД checks the applicant in the wanted-persons database. Reading: a
    // hit stops the case (refused on this ground) and alerts a supervisor; the applicant is not told.
    grounds: [{ id: 1, text: 'The applicant is in the wanted-persons database', source: '002 R1 App1 st.6' }],
  },
  // Reading: the registration coupon is the acceptance notice (App1 st.2); the citizen follows
  // the case on "where is my document", and the applicant is not told of a wanted-persons stop.
  notifications: [],
};

export const S2: ServiceDefinition = {
  id: 'S2',
  version: '1.0.0',
  name: {
    kk: 'Қазақстан Республикасының азаматтарына уақытша жеке куәлік беру',
    ru: 'Выдача временных удостоверений личности гражданам Республики Казахстан',
    en: 'Temporary identity cards for citizens of Kazakhstan',
  },
  source: '002 R2 cl.1–12, App1',
  validity: REPEALED,
  provider: PROVIDER,
  territory: 'registration-place',
  applicants: { kinds: ['individual'], onBehalfOf: ['self'] },
  // 002 R2 cl.6: the ЦОН only.
  channels: [{ kind: 'con', preconditions: [], source: '002 R2 cl.6' }],
  documents: STANDARD_DOCUMENTS('002 R2 cl.7'),
  consent: NO_CONSENT,
  steps: [
    {
      id: 'accept',
      actor: 'reception',
      action: 'Accept and check documents (App1)',
      output: 'Application',
      limit: { unit: 'minutes', value: 15 },
    },
    {
      id: 'draw-up',
      actor: 'qaiib',
      action: 'Draw up the temporary ID (date, position, signature), record it in the issue journal (App1)',
      output: 'Temporary ID',
      limit: { unit: 'minutes', value: 20 },
    },
    {
      id: 'issue',
      actor: 'reception',
      action: 'Issue the temporary ID (cl.10)',
      output: 'Temporary ID handed over',
      limit: { unit: 'not-stated' },
    },
  ],
  variants: [
    {
      id: 'S2',
      name: { kk: 'Уақытша жеке куәлік', ru: 'Временное удостоверение личности', en: 'Temporary identity card' },
      deadline: notStated('002 R2 cl.4'),
      result: {
        what: 'Temporary identity card',
        form: 'paper',
        signedBy: 'seal-and-signature',
        delivery: ['con'],
        source: '002 R2 cl.4',
      },
    },
  ],
  fees: NOT_STATED_FEE,
  refusal: { grounds: [], automatic: false, procedure: 'not-stated' },
  notifications: [],
};
