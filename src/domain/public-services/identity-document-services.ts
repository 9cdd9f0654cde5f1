// services.md §3 S1, S2: passports, identity cards and temporary identity cards (002 R1, R2).
// Catalogued only: Tirkeu provides neither.
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
  territory: 'registration-place',
  applicants: { kinds: ['individual'], onBehalfOf: ['self'] },
  channels: [
    { kind: 'con', preconditions: ['login-password'], source: '002 R1 cl.6–7' },
    // 002 R1 cl.6: the portal only to replace a document when document types change.
    { kind: 'portal', preconditions: ['eds'], source: '002 R1 cl.6' },
  ],
  documents: STANDARD_DOCUMENTS('002 R1 cl.7'),
  consent: NO_CONSENT,
  // 002 R1 App1 Table 1; limits of the general procedure (urgency categories U1–U3 are faster).
  steps: [
    {
      id: 'accept',
      actor: 'con-employee',
      action: 'Accept and check documents',
      output: 'Application registered',
      limit: { unit: 'minutes', value: 30 },
    },
    {
      id: 'formular',
      actor: 'con-employee',
      action: 'Check in the database, e-formular, photo, EDS',
      output: 'Registration coupon',
      limit: { unit: 'minutes', value: 30 },
    },
    {
      id: 'register',
      actor: 'qaiib',
      action: 'Register the formulars and send them to КҚПБ',
      output: 'Register',
      limit: { unit: 'working-days', value: 5 },
    },
    {
      id: 'regional-check',
      actor: 'kqpb',
      action: 'Check formulars, consolidated register to КҚПД',
      output: 'Consolidated register',
      limit: { unit: 'working-days', value: 5 },
    },
    {
      id: 'department-check',
      actor: 'kqpd',
      action: 'Check formulars and the wanted-persons database',
      output: 'Register signed',
      limit: { unit: 'working-days', value: 5 },
    },
    {
      id: 'produce',
      actor: 'aoo-rmk',
      action: 'Produce the documents',
      output: 'Documents',
      limit: { unit: 'working-days', value: 10 },
    },
    // 002 R1 App1 st.11–13: "1 day", not said working or calendar.
    {
      id: 'return',
      actor: 'kqpd',
      action: 'Send the documents back down to the ЦОН',
      output: 'Dispatch register',
      limit: { unit: 'days', value: 1 },
    },
    {
      id: 'hand-over',
      actor: 'con-employee',
      action: 'Hand the documents to the applicant',
      output: 'Passport or ID card',
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
  refusal: AUTOMATIC_ONLY,
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
  channels: [{ kind: 'con', preconditions: [], source: '002 R2 cl.6' }],
  documents: STANDARD_DOCUMENTS('002 R2 cl.7'),
  consent: NO_CONSENT,
  steps: [
    {
      id: 'accept',
      actor: 'con-employee',
      action: 'Accept and check documents',
      output: 'Application',
      limit: { unit: 'minutes', value: 15 },
    },
    {
      id: 'draw-up',
      actor: 'qaiib',
      action: 'Draw up the temporary ID and record it in the journal',
      output: 'Temporary ID',
      limit: { unit: 'minutes', value: 20 },
    },
    {
      id: 'issue',
      actor: 'con-employee',
      action: 'Issue the temporary ID',
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
