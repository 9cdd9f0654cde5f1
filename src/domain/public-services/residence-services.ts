// services.md §3 S3–S5: registration, deregistration and address certificates — the services
// Tirkeu runs today (registration under the pilot, online deregistration, certificates C1–C9).
import type { ServiceDefinition } from './definition.ts';
import {
  AUTOMATIC_ONLY,
  NO_CONSENT,
  NOT_STATED_FEE,
  notStated,
  PORTAL_FLOW,
  PROVIDER,
  STANDARD_DOCUMENTS,
} from './migration-common.ts';

const ACCEPT = {
  id: 'accept',
  actor: 'con-employee',
  action: 'Accept and check documents',
  output: 'Application',
  limit: { unit: 'minutes', value: 15 },
} as const;

export const S3: ServiceDefinition = {
  id: 'S3',
  version: '1.0.0',
  name: {
    kk: 'Қазақстан Республикасының азаматтарын тұрғылықты жері бойынша тіркеу',
    ru: 'Регистрация граждан Республики Казахстан по месту жительства',
    en: 'Registration at the place of residence',
  },
  source: '002 R3 cl.1–12, App1, App3',
  validity: {
    from: '2025-11-11',
    to: '2026-06-30',
    note: 'Tirkeu runs S3 under the pilot algorithm (pilot.md, ruleset kz-pilot-2025); 002 R3 (repealed 2015) gives the classic flow.',
  },
  provider: PROVIDER,
  territory: 'residence-or-arrival',
  applicants: { kinds: ['individual'], onBehalfOf: ['self', 'child'] },
  channels: [
    { kind: 'portal', preconditions: ['eds', 'sms-code-bmg'], source: '001 P1.2' },
    { kind: 'con', preconditions: [], source: '001 P2' },
  ],
  documents: [
    ...STANDARD_DOCUMENTS('002 R3 cl.5'),
    {
      id: 'arrival-coupon',
      kind: 'form',
      from: 'applicant',
      title: 'Statistical arrival coupon',
      when: [],
      source: '001 P6',
    },
    {
      id: 'dwelling-title',
      kind: 'original',
      from: 'state-system',
      title: 'Dwelling ownership (ЕГКН)',
      when: [],
      source: '002 R3 cl.5',
    },
  ],
  // 002 R3 cl.5: the owner's consent to the registration (pilot I4: every adult capable owner signs).
  consent: { required: true, means: ['eds', 'sms-code', 'written'], refusalGround: null, source: '002 R3 cl.5' },
  steps: [
    ACCEPT,
    {
      id: 'register',
      actor: 'qaiib',
      action: 'Enter the residence address into the register, rewrite the chip ID address',
      output: 'Registration',
      limit: { unit: 'minutes', value: 20 },
    },
    ...PORTAL_FLOW(15, '002 R3 App3'),
  ],
  variants: [
    {
      id: 'S3',
      name: { kk: 'Тұрғылықты жері бойынша тіркеу', ru: 'Регистрация по месту жительства', en: 'Registration' },
      deadline: notStated('002 R3 cl.4'),
      result: {
        what: 'Registration recorded; the previous one ended',
        form: 'registry-change',
        signedBy: 'not-stated',
        delivery: ['cabinet'],
        source: '002 R3 cl.4',
      },
    },
  ],
  fees: NOT_STATED_FEE,
  refusal: AUTOMATIC_ONLY,
  notifications: ['registration-done', 'refusal'],
};

export const S4: ServiceDefinition = {
  id: 'S4',
  version: '1.0.0',
  name: {
    kk: 'Қазақстан Республикасының азаматтарын тұрғылықты жері бойынша тіркеу есебінен шығару',
    ru: 'Снятие с регистрационного учёта граждан Республики Казахстан по месту жительства',
    en: 'Deregistration from the place of residence',
  },
  source: '002 R4 cl.1–11, App1',
  validity: {
    from: null,
    to: null,
    note: '002 R4 was repealed in 2015; the standard in force is not in the sources. Tirkeu deregisters online (docs/e-service.md).',
  },
  provider: PROVIDER,
  territory: 'residence-or-arrival',
  applicants: { kinds: ['individual'], onBehalfOf: ['self'] },
  channels: [
    { kind: 'con', preconditions: [], source: '002 R4 cl.6' },
    // 002 R4 names the ЦОН only; Tirkeu's online deregistration is the project's (docs/e-service.md).
    { kind: 'portal', preconditions: ['eds', 'sms-code-bmg'], source: '002 R4 cl.4' },
  ],
  documents: STANDARD_DOCUMENTS('002 R4 cl.7'),
  consent: NO_CONSENT,
  // 002 R4 App1: run at the ЦОН on the case engine (src/services/identity-documents/departure.ts);
  // the accepting employee is the ЦОН's reception.
  steps: [
    { ...ACCEPT, actor: 'reception' },
    {
      id: 'deregister',
      actor: 'qaiib',
      action: 'Enter the deregistration, issue the departure sheet',
      output: 'Address departure sheet',
      limit: { unit: 'minutes', value: 30 },
    },
  ],
  variants: [
    {
      id: 'S4',
      name: { kk: 'Тіркеу есебінен шығару', ru: 'Снятие с регистрационного учёта', en: 'Deregistration' },
      deadline: notStated('002 R4 cl.4'),
      result: {
        what: 'Registration ended; address departure sheet',
        form: 'registry-change',
        signedBy: 'seal-and-signature',
        delivery: ['cabinet', 'con'],
        source: '002 R4 cl.4',
      },
    },
  ],
  fees: NOT_STATED_FEE,
  refusal: AUTOMATIC_ONLY,
  notifications: ['result', 'refusal'],
};

export const S5: ServiceDefinition = {
  id: 'S5',
  version: '1.0.0',
  name: {
    kk: 'Тұрғылықты жерiнен мекенжай анықтамаларын беру',
    ru: 'Выдача адресных справок с места жительства',
    en: 'Address certificates from the place of residence',
  },
  source: '002 R5 cl.1–12, App1, App3; 003 ¶B4, ¶B6',
  validity: {
    from: null,
    to: null,
    note: '002 R5 was repealed in 2015; 003 ¶B4 and ¶B6 are undated. Tirkeu issues certificates by rules C1–C9 (docs/address-certificates.md).',
  },
  provider: PROVIDER,
  territory: 'any-con',
  applicants: {
    kinds: ['individual', 'legal-entity'],
    onBehalfOf: ['self', 'child', 'spouse', 'relative', 'represented'],
  },
  channels: [
    { kind: 'portal', preconditions: ['eds', 'sms-code-bmg'], source: '003 ¶B6' },
    { kind: 'con', preconditions: [], source: '002 R5 cl.6' },
  ],
  documents: [
    ...STANDARD_DOCUMENTS('003 ¶B6'),
    {
      id: 'power-of-attorney',
      kind: 'authority',
      from: 'applicant',
      title: 'Power of attorney and list of persons (legal entity)',
      when: [{ kind: 'representative' }],
      source: '003 ¶B6',
    },
  ],
  consent: { required: false, means: ['written'], refusalGround: null, source: '003 ¶B6' },
  steps: [
    {
      id: 'issue',
      actor: 'con-employee',
      action: 'Accept, check, issue the certificate or a reasoned refusal',
      output: 'Certificate',
      limit: { unit: 'minutes', value: 15 },
    },
    {
      id: 'correct',
      actor: 'qaiib',
      action: 'Correct the address data if they do not match',
      output: 'Corrected data',
      limit: { unit: 'minutes', value: 15 },
    },
    ...PORTAL_FLOW(15, '002 R5 App3'),
  ],
  variants: [
    {
      id: 'S5',
      name: { kk: 'Мекенжай анықтамасы', ru: 'Адресная справка', en: 'Address certificate' },
      deadline: notStated('002 R5 cl.4'),
      result: {
        what: 'Electronic address certificate',
        form: 'electronic',
        signedBy: 'eds-ministries',
        delivery: ['cabinet', 'con'],
        source: '002 R5 cl.4',
      },
    },
  ],
  fees: NOT_STATED_FEE,
  // 002 R5 cl.4: the grounds are in the Standard's cl.10, absent from the sources.
  refusal: AUTOMATIC_ONLY,
  notifications: ['result', 'refusal'],
};
