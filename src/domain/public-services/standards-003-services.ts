// services.md §3 S6–S8: the service standards excerpted in 003 (undated): the guarantee
// obligation, restoration of civil-status records, and the permit to process goods abroad.
// S6 and S8 run on the case engine (issue 19; docs/licences.md): filed by a legal entity's head
// or a representative, reviewed and signed by the committee's back office; S7 too (issue 18 item
// 4): accepted at a ЦОН, restored by ЗАГС.
import { DEADLINE_RULES } from '../deadlines/rules.ts';
import type { ServiceDefinition } from './definition.ts';

const INDUSTRY_PROVIDER =
  'Committee of Industrial Development and Industrial Safety, Ministry of Investment and Development';
const UNDATED = { from: null, to: null, note: '003 is a set of undated excerpts of the standards.' } as const;
/**
 * S6, S8: 003 states no refusal grounds. Reading (docs/licences.md): the general grounds of the
 * Law on Public Services, in the words 004 L1 r.9 uses, and its hearing before a refusal
 * (004 cl.5-1, deadlines.md D5) — both terms (20/10 and 15 working days) are over three days.
 */
const LICENCE_REFUSAL = {
  grounds: [
    { id: 1, text: 'The documents or data are unreliable', source: '004 L1 r.9' },
    { id: 2, text: 'The applicant, materials, objects or data fail the legal requirements', source: '004 L1 r.9' },
    { id: 3, text: 'A court decision in force bans the activity that needs the service', source: '004 L1 r.9' },
    {
      id: 4,
      text: 'A court decision in force deprives the applicant of the related special right',
      source: '004 L1 r.9',
    },
    { id: 5, text: 'No consent to use legally protected data', source: '003 ¶B3' },
  ],
  automatic: false,
  procedure: 'hearing-when-over-3-working-days',
} as const;
const OFFICE_CON_PORTAL = (source: string) =>
  [
    { kind: 'provider-office', preconditions: [], source },
    { kind: 'con', preconditions: [], source },
    { kind: 'portal', preconditions: ['eds'], source },
  ] as const;
/** 003 ¶B1, ¶B3: the application, the identity document and the representative's authority. */
const APPLICATION_AND_IDENTITY = (source: string) =>
  [
    { id: 'application', kind: 'form', from: 'applicant', title: 'Application (Standard Annex 1)', when: [], source },
    { id: 'identity', kind: 'identity', from: 'applicant', title: 'Identity document', when: [], source },
    {
      id: 'authority',
      kind: 'authority',
      from: 'applicant',
      title: "Representative's authority",
      when: [{ kind: 'representative' }],
      source,
    },
  ] as const;
const ACCEPT_AT_CON = {
  id: 'accept',
  actor: 'con-employee',
  action: 'Accept the documents, give a receipt',
  output: 'Receipt',
  limit: { unit: 'not-stated' },
} as const;
/**
 * S6, S8: the chain is not stated (services.md). Reading (docs/licences.md): the filing (at the
 * office or ЦОН, where the employee gives a receipt, or on the portal) is the applicant's step;
 * the committee's executor reviews, its management approves and signs.
 */
const LICENCE_CHAIN = (result: string) =>
  [
    {
      id: 'file',
      actor: 'applicant',
      action: "File at the provider's office or a ЦОН (a receipt on acceptance) or on the portal",
      output: 'Receipt; status "accepted" with the due date',
      limit: { unit: 'not-stated' },
    },
    {
      id: 'review',
      actor: 'executor',
      action: 'Review the documents; prepare the result or propose a refusal',
      output: `Draft ${result}`,
      limit: { unit: 'not-stated' },
    },
    {
      id: 'sign',
      actor: 'management',
      action: `Approve and sign the ${result}`,
      output: `Signed ${result}`,
      limit: { unit: 'not-stated' },
    },
  ] as const;

export const S6: ServiceDefinition = {
  id: 'S6',
  // 1.1.0: run on the case engine (issue 19): the chain, the refusal grounds and hearing, the
  // signed result at the ЦОН or the office, consent to use protected data as at S8's ЦОН.
  version: '1.1.0',
  name: {
    kk: 'Кепiлдiк мiндеттеме (түпкiлiктi пайдаланушының сертификатын) беру',
    ru: 'Выдача гарантийного обязательства (сертификата конечного пользователя)',
    en: 'Guarantee obligation (end-user certificate)',
  },
  source: '003 ¶B1',
  validity: UNDATED,
  provider: INDUSTRY_PROVIDER,
  territory: 'not-stated',
  applicants: { kinds: ['individual', 'legal-entity'], onBehalfOf: ['self', 'represented'] },
  channels: OFFICE_CON_PORTAL('003 ¶B1'),
  documents: [
    ...APPLICATION_AND_IDENTITY('003 ¶B1'),
    {
      id: 'guarantee-obligation',
      kind: 'form',
      from: 'applicant',
      title: "Importer's guarantee obligation (Annex 2)",
      when: [],
      source: '003 ¶B1',
    },
    {
      id: 'sale-contract',
      kind: 'copy',
      from: 'applicant',
      title: 'Alienation document or sale contract between the foreign-trade parties',
      when: [],
      source: '003 ¶B1',
    },
    {
      id: 'end-user-contract',
      kind: 'copy',
      from: 'applicant',
      title: 'Contract between importer and end user',
      when: [{ kind: 'applicant-states', fact: 'intermediary' }],
      source: '003 ¶B1',
    },
  ],
  // Reading (docs/licences.md): ¶B1 states no consent; the portal's filing asks it as S8's does.
  consent: { required: true, means: ['written', 'sms-code'], refusalGround: 5, source: '003 ¶B3' },
  steps: LICENCE_CHAIN('guarantee obligation'),
  variants: [
    {
      id: 'S6',
      name: { kk: 'Кепілдік міндеттеме', ru: 'Гарантийное обязательство', en: 'Guarantee obligation' },
      deadline: { kind: 'rule', rule: DEADLINE_RULES.S6 },
      result: {
        what: 'Guarantee obligation',
        form: 'paper',
        signedBy: 'eds-management',
        delivery: ['con'],
        source: '003 ¶B1',
      },
    },
  ],
  fees: { kind: 'free', source: '003 ¶B1' },
  refusal: LICENCE_REFUSAL,
  notifications: ['accepted', 'hearing', 'result', 'refusal'],
};

export const S7: ServiceDefinition = {
  id: 'S7',
  // 1.1.0: the documents as 003 ¶B2 lists them item by item (student's certificate, parents'
  // marriage certificate and pensioner certificate apart; state-system certificates from 2008).
  // 1.2.0 (issue 18 item 4): the chain ЦОН → ЗАГС (the ЦОН accepts, the registering body restores
  // the act), the refusal grounds Tirkeu reads for it, and the refusal notice — run on the case engine.
  version: '1.2.0',
  name: {
    kk: 'Азаматтық хал актілерінің жазбаларын қалпына келтіру',
    ru: 'Восстановление записей актов гражданского состояния',
    en: 'Restoration of civil-status records',
  },
  source: '003 ¶B2',
  validity: UNDATED,
  provider: 'Civil registration (ЗАГС) bodies',
  territory: 'not-stated',
  applicants: { kinds: ['individual'], onBehalfOf: ['self', 'represented'] },
  channels: [{ kind: 'con', preconditions: [], source: '003 ¶B2' }],
  documents: [
    {
      id: 'application',
      kind: 'form',
      from: 'applicant',
      title: 'Application (Standard Annex 3)',
      when: [],
      source: '003 ¶B2',
    },
    {
      id: 'identity',
      kind: 'identity',
      from: 'state-system',
      title: 'Identity document data',
      when: [],
      source: '003 ¶B2',
    },
    {
      id: 'no-record-certificate',
      kind: 'original',
      from: 'applicant',
      title: 'Archive certificate that no record exists',
      when: [],
      source: '003 ¶B2',
    },
    {
      id: 'autobiography',
      kind: 'original',
      from: 'applicant',
      title: 'Autobiography with data on the applicant and close relatives',
      when: [],
      source: '003 ¶B2',
    },
    {
      id: 'labour-book',
      kind: 'copy',
      from: 'applicant',
      title: 'Labour book (if any)',
      when: [{ kind: 'applicant-states', fact: 'has-labour-book' }],
      source: '003 ¶B2',
    },
    {
      id: 'student-certificate',
      kind: 'original',
      from: 'applicant',
      title: "Student's certificate with date and place of birth (if any)",
      when: [{ kind: 'applicant-states', fact: 'student' }],
      source: '003 ¶B2',
    },
    {
      id: 'military-id',
      kind: 'copy',
      from: 'applicant',
      title: 'Military ID (if any)',
      when: [{ kind: 'applicant-states', fact: 'military-liable' }],
      source: '003 ¶B2',
    },
    { id: 'photos', kind: 'photo', from: 'applicant', title: 'Two 3×4 photos', when: [], source: '003 ¶B2' },
    {
      id: 'duty-proof',
      kind: 'payment-proof',
      from: 'applicant',
      title: 'Proof of the state duty or of the tax benefit',
      when: [],
      source: '003 ¶B2',
    },
    // Items 9–12: only when the registration was made before 2008 (later acts come from the state system).
    {
      id: 'marriage-certificate',
      kind: 'copy',
      from: 'applicant',
      title: 'Marriage certificate',
      when: [
        { kind: 'registered-before', date: '2008-01-01' },
        { kind: 'applicant-states', fact: 'married' },
      ],
      source: '003 ¶B2',
    },
    {
      id: 'children-birth-certificates',
      kind: 'copy',
      from: 'applicant',
      title: "Children's birth certificates",
      when: [
        { kind: 'registered-before', date: '2008-01-01' },
        { kind: 'applicant-states', fact: 'has-children' },
      ],
      source: '003 ¶B2',
    },
    {
      id: 'parents-documents',
      kind: 'copy',
      from: 'applicant',
      title: "Parents' identity documents or death certificates",
      when: [{ kind: 'registered-before', date: '2008-01-01' }],
      source: '003 ¶B2',
    },
    {
      id: 'parents-marriage-certificate',
      kind: 'copy',
      from: 'applicant',
      title: "Parents' marriage certificate (if any)",
      when: [
        { kind: 'registered-before', date: '2008-01-01' },
        { kind: 'applicant-states', fact: 'parents-married' },
      ],
      source: '003 ¶B2',
    },
    // Items 13–14 sit in the pre-2008 list but concern any applicant (services.md S7, Ambiguous):
    // read as general, as a representative's authority and a pension are not tied to the act's date.
    {
      id: 'power-of-attorney',
      kind: 'authority',
      from: 'applicant',
      title: 'Notarized power of attorney',
      when: [{ kind: 'representative' }],
      source: '003 ¶B2',
    },
    {
      id: 'pensioner-certificate',
      kind: 'original',
      from: 'state-system',
      title: 'Pensioner certificate (an e-document from the state system at the ЦОН)',
      when: [{ kind: 'applicant-states', fact: 'pensioner' }],
      source: '003 ¶B2',
    },
    {
      id: 'civil-certificates',
      kind: 'original',
      from: 'state-system',
      title: 'Civil certificates of registrations from 2008',
      when: [{ kind: 'registered-from', date: '2008-01-01' }],
      source: '003 ¶B2',
    },
  ],
  consent: { required: false, means: [], refusalGround: null, source: null },
  // 003 ¶B2 gives the ЦОН as the channel and ЗАГС bodies as the ones that restore; the steps between
  // are not stated (services.md S7 "chain: not stated"). Reading (docs/civil-records.md): the ЦОН
  // accepts with a receipt and sends the file on; the ЗАГС employee studies it and restores the act,
  // with no limit of its own — due with the service (15 calendar days, + the extension).
  steps: [
    ACCEPT_AT_CON,
    {
      id: 'restore',
      actor: 'civil-registrar',
      action: 'Study the documents and restore the act into the civil registry',
      output: 'Restored act record; certificates to issue',
      limit: { unit: 'not-stated' },
    },
  ],
  variants: [
    {
      id: 'S7',
      name: { kk: 'АХАЖ жазбасын қалпына келтіру', ru: 'Восстановление записи акта', en: 'Record restoration' },
      deadline: { kind: 'rule', rule: DEADLINE_RULES.S7 },
      result: {
        what: 'Restored record (certificates)',
        form: 'not-stated',
        signedBy: 'not-stated',
        delivery: ['con'],
        source: null,
      },
    },
  ],
  fees: {
    kind: 'state-duty',
    mrp: 0.5,
    paidVia: 'bank',
    exemptions: [
      'WWII participants and equated persons, home-front workers, disabled persons, a parent of a person disabled since childhood, guardians, state organisations (birth certificates)',
      'Records restored because of registration errors, with proof',
    ],
    source: '003 ¶B2',
  },
  // 003 ¶B2 lists no grounds (services.md S7: "refusal grounds: not stated"). Reading
  // (docs/civil-records.md): the two general grounds that every standard of the sources repeats
  // (004 L1 r.9 (1), (2)) — unreliable documents or data, and an applicant or data that fail the
  // requirements (e.g. the archive shows the record exists). With no procedure stated, the refusal
  // goes directly (D5 applies to 004 only).
  refusal: {
    grounds: [
      { id: 1, text: 'Documents or data unreliable (reading: as 004 L1 r.9 (1))', source: '003 ¶B2' },
      {
        id: 2,
        text: 'Applicant or data fail the legal requirements (reading: as 004 L1 r.9 (2))',
        source: '003 ¶B2',
      },
    ],
    automatic: false,
    procedure: 'not-stated',
  },
  notifications: ['accepted', 'extension', 'result', 'refusal'],
};

export const S8: ServiceDefinition = {
  id: 'S8',
  // 1.1.0: run on the case engine (issue 19): the chain, the refusal grounds and hearing, consent
  // in writing at the counter or by a code on the portal, the result to the cabinet or the ЦОН.
  version: '1.1.0',
  name: {
    kk: 'Өнімді Қазақстан Республикасының аумағынан тыс жерде өңдеуге рұқсат беру',
    ru: 'Выдача разрешения на переработку продукции вне территории Республики Казахстан',
    en: 'Permit to process goods outside Kazakhstan',
  },
  source: '003 ¶B3',
  validity: UNDATED,
  provider: INDUSTRY_PROVIDER,
  territory: 'not-stated',
  applicants: { kinds: ['individual', 'legal-entity'], onBehalfOf: ['self', 'represented'] },
  channels: OFFICE_CON_PORTAL('003 ¶B3'),
  documents: [
    ...APPLICATION_AND_IDENTITY('003 ¶B3'),
    {
      id: 'information-form',
      kind: 'form',
      from: 'applicant',
      title: 'Information form (Annex 2)',
      when: [],
      source: '003 ¶B3',
    },
    {
      id: 'processing-contract',
      kind: 'copy',
      from: 'applicant',
      title: 'Foreign processing contract',
      when: [],
      source: '003 ¶B3',
    },
    {
      id: 'processing-conditions',
      kind: 'copy',
      from: 'applicant',
      title: "Competent body's document on processing conditions",
      when: [{ kind: 'applicant-states', fact: 'purpose-not-repair' }],
      source: '003 ¶B3',
    },
  ],
  // 003 ¶B3: written consent to use legally protected secret data in information systems.
  // Reading (docs/licences.md): on the portal the consent is given by a code, as for S9.
  consent: { required: true, means: ['written', 'sms-code'], refusalGround: 5, source: '003 ¶B3' },
  // The ЦОН's one-month keeping of the result and its return are not steps of the case: they
  // follow the issue (domain/licences/custody.ts).
  steps: LICENCE_CHAIN('permit'),
  variants: [
    {
      id: 'S8',
      name: { kk: 'Өңдеуге рұқсат', ru: 'Разрешение на переработку', en: 'Processing permit' },
      deadline: { kind: 'rule', rule: DEADLINE_RULES.S8 },
      result: {
        what: 'Processing permit',
        form: 'electronic',
        signedBy: 'eds-management',
        delivery: ['cabinet', 'con'],
        source: '003 ¶B3',
      },
    },
  ],
  fees: { kind: 'free', source: '003 ¶B3' },
  refusal: LICENCE_REFUSAL,
  notifications: ['accepted', 'hearing', 'result', 'refusal'],
};
