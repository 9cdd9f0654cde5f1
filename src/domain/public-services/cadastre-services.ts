// services.md §3 S9, S10: the cadastre services of 004 (order of the Minister of Justice
// 22.01.2026 № 65 amending the Rules of order № 156): new real estate into ЕГКН, the
// cadastral passport and the conclusion on discrepancies (S9a/b/c), and the duplicate passport
// (S10). Portal only, paid through the payment gateway (ЭҮТШ), results to the personal cabinet.
import { DEADLINE_RULES } from '../deadlines/rules.ts';
import { NOTIFICATIONS as ALL_NOTIFICATIONS, type ServiceDefinition } from './definition.ts';

const PROVIDER = 'State Corporation "Government for Citizens", branch at the object\'s location';
// 004: in force 10 calendar days after first official publication, a date the sources do not give.
const IN_FORCE = {
  from: '2026-01-22',
  to: null,
  note: 'Order № 65 of 22.01.2026 (004), in force 10 calendar days after its first official publication (date not in the sources): the order date is a lower bound.',
} as const;
/** 004 L1 r.10, L2 r.10: EDS, or a one-time code to a phone registered with the operator and linked to the portal (БМГ). */
const PORTAL = (source: string) => [{ kind: 'portal', preconditions: ['eds', 'sms-code-bmg'], source }] as const;
/** 004 cl.4: consent to use legally protected data, by EDS or a mobile device; missing = ground 5. */
const CONSENT = { required: true, means: ['eds', 'sms-code'], refusalGround: 5, source: '004 cl.4' } as const;
const REQUEST = (source: string) =>
  [
    {
      id: 'request',
      kind: 'request',
      from: 'applicant',
      title: 'Request e-document signed with EDS or a one-time code',
      when: [],
      source,
    },
    {
      id: 'identity-data',
      kind: 'identity',
      from: 'state-system',
      title: 'Identity, legal-entity and payment data (through the e-gov gateway)',
      when: [],
      source,
    },
    {
      id: 'payment-proof',
      kind: 'payment-proof',
      from: 'applicant',
      title: 'Proof of payment',
      when: [{ kind: 'paid-outside-gateway' }],
      source,
    },
  ] as const;
/** 004 L1 r.9, L2 r.9: the refusal grounds; cl.5-1: a hearing first when the term is over three working days. */
const REFUSAL = (source: string) =>
  ({
    grounds: [
      { id: 1, text: 'The documents or data are unreliable', source },
      { id: 2, text: 'The applicant, materials, objects or data fail the legal requirements', source },
      { id: 3, text: 'A court decision in force bans the activity that needs the service', source },
      { id: 4, text: 'A court decision in force deprives the applicant of the related special right', source },
      { id: 5, text: 'No consent to access restricted personal data (Law on Personal Data, Art. 8)', source },
    ],
    automatic: false,
    procedure: 'hearing-when-over-3-working-days',
  }) as const;
/** Placeholder prices: the figures of order № 21/НҚ (16.01.2024) are not in the sources. */
const placeholder = (kzt: number) =>
  ({
    kzt,
    placeholder: true,
    note: 'Placeholder: the price of order № 21/НҚ is not in the sources; configure the real figure.',
  }) as const;
const PRICE_LIST = {
  act: 'Order of the Minister of Digital Development 16.01.2024 № 21/НҚ',
  paidVia: 'payment-gateway',
} as const;
// §5.11: everything but the registration notice, which is S3's.
const NOTIFICATIONS = ALL_NOTIFICATIONS.filter((n) => n !== 'registration-done');
const TO_CABINET = { form: 'electronic', signedBy: 'eds-management', delivery: ['cabinet'] } as const;
const FILE_AND_ARCHIVE = [
  {
    id: 'file',
    actor: 'applicant',
    action:
      'File on the portal with the e-copies; incomplete or expired documents end in a refusal of further consideration',
    output: 'Status "accepted" with the place and date of the result',
    limit: { unit: 'not-stated' },
  },
  {
    id: 'archive',
    actor: 'archive-employee',
    action: 'Find the inventory file and pass it to the executor',
    output: 'Inventory file',
    limit: { unit: 'not-stated' },
  },
] as const;

/** 004 cl.7: the system-initiated correction of a passport after a renaming decision. */
const CORRECTION = 'S9-correction';
/** The variants an applicant files (004 cl.4), whose materials the archive finds and files away. */
const FILED = ['S9a', 'S9b', 'S9c'];

export const S9: ServiceDefinition = {
  id: 'S9',
  version: '1.0.0',
  name: {
    kk: 'Жаңадан құрылған жылжымайтын мүліктің мәліметтерін ЕГКН-ге енгізу, кадастрлық паспорт және алшақтықтар туралы қорытынды беру',
    ru: 'Внесение сведений о вновь созданном недвижимом имуществе в ЕГКН, выдача кадастрового паспорта и заключения о расхождениях',
    en: 'New real estate: entry into the cadastre, cadastral passport, conclusion on discrepancies',
  },
  source: '004 cl.4, 5, 5-1, 6, 7; L1',
  validity: IN_FORCE,
  provider: PROVIDER,
  territory: 'object-location',
  applicants: { kinds: ['individual', 'legal-entity'], onBehalfOf: ['self'] },
  channels: PORTAL('004 cl.4, L1 r.2, r.10'),
  documents: [
    ...REQUEST('004 L1 r.8'),
    {
      id: 'commissioning-act',
      kind: 'e-copy',
      from: 'applicant',
      title: 'Act of commissioning',
      when: [{ kind: 'variant', variants: ['S9a'] }],
      source: '004 L1 r.8',
    },
    {
      id: 'land-plot-document',
      kind: 'e-copy',
      from: 'applicant',
      title: 'Land-plot identification document',
      when: [{ kind: 'variant', variants: ['S9a'] }],
      source: '004 L1 r.8',
    },
    {
      id: 'title-document',
      kind: 'e-copy',
      from: 'applicant',
      title: 'Title document',
      when: [{ kind: 'variant', variants: ['S9b', 'S9c'] }],
      source: '004 L1 r.8',
    },
    {
      id: 'land-plot-document-if-any',
      kind: 'e-copy',
      from: 'applicant',
      title: 'Land-plot document',
      when: [
        { kind: 'variant', variants: ['S9b', 'S9c'] },
        { kind: 'applicant-states', fact: 'has-land-plot-document' },
      ],
      source: '004 L1 r.8',
    },
  ],
  consent: CONSENT,
  steps: [
    // 004 cl.7: the correction after a renaming is not filed and needs no search of the file.
    ...FILE_AND_ARCHIVE.map((step) => ({ ...step, variants: FILED })),
    {
      id: 'correct',
      actor: 'executor',
      action:
        'Correct the address (identification data) in the cadastral passport after a renaming decision, without a site visit',
      output: 'Corrected passport for signature',
      limit: { unit: 'not-stated' },
      variants: [CORRECTION],
    },
    {
      id: 'enter-data',
      actor: 'executor',
      action: 'Enter the identification and technical data into ЕГКН',
      output: 'Data-entry notification to the personal cabinet',
      limit: { unit: 'not-stated' },
      variants: ['S9a'],
    },
    {
      id: 'inspect',
      actor: 'technical-inspector',
      action: 'Visit, inspect and measure; abris, site plan and explication, floor plans, cost',
      output: 'Inspection materials',
      limit: { unit: 'not-stated' },
      variants: ['S9b', 'S9c'],
    },
    {
      id: 'discrepancies',
      actor: 'technical-inspector',
      action: 'Enter the discrepancies into ЕГКН and draw up the conclusion (Annex 3)',
      output: 'Conclusion',
      limit: { unit: 'not-stated' },
      variants: ['S9c'],
    },
    {
      id: 'payment-due',
      actor: 'executor',
      action: 'Notify that the additional payment is due',
      output: 'Payment-due notice',
      limit: { unit: 'not-stated' },
      variants: ['S9b', 'S9c'],
    },
    {
      id: 'sign',
      actor: 'management',
      action: 'Approve and sign with EDS',
      output: 'Signed result',
      limit: { unit: 'not-stated' },
    },
    {
      id: 'file-away',
      actor: 'archive-employee',
      action: 'File the materials chronologically in the inventory file (Annex 8), never destroyed',
      output: 'Inventory file',
      limit: { unit: 'not-stated' },
      variants: FILED,
    },
  ],
  variants: [
    {
      id: 'S9a',
      name: {
        kk: 'Мәліметтерді ЕГКН-ге енгізу',
        ru: 'Внесение сведений в ЕГКН',
        en: 'Entry of data into the cadastre',
      },
      deadline: { kind: 'rule', rule: DEADLINE_RULES.S9a },
      result: { what: 'Data-entry notification, or a refusal', ...TO_CABINET, source: '004 cl.6, L1 r.5' },
    },
    {
      id: 'S9b',
      name: { kk: 'Кадастрлық паспорт', ru: 'Кадастровый паспорт', en: 'Cadastral passport' },
      deadline: { kind: 'rule', rule: DEADLINE_RULES.S9b },
      result: {
        what: 'Cadastral passport, after the additional payment; or a refusal',
        ...TO_CABINET,
        source: '004 cl.6, L1 r.5',
      },
    },
    {
      id: 'S9c',
      name: { kk: 'Алшақтықтар туралы қорытынды', ru: 'Заключение о расхождениях', en: 'Conclusion on discrepancies' },
      deadline: { kind: 'rule', rule: DEADLINE_RULES.S9c },
      result: {
        what: 'Conclusion (Annex 3) with the passport, after the additional payment; or a refusal',
        ...TO_CABINET,
        source: '004 cl.6, L1 r.5',
      },
    },
    {
      // 004 cl.7: opened by the system on a renaming decision, never by an application; free
      // (no fee stage names it), no inspection; the corrected passport goes to the cabinet of
      // the passport's holder.
      id: CORRECTION,
      name: {
        kk: 'Атау өзгергеннен кейін кадастрлық паспортқа түзету енгізу',
        ru: 'Исправление кадастрового паспорта после переименования',
        en: 'Correction of the cadastral passport after a renaming',
      },
      deadline: { kind: 'rule', rule: DEADLINE_RULES['S9-correction'] },
      result: { what: 'Corrected cadastral passport (free of charge)', ...TO_CABINET, source: '004 cl.7' },
    },
  ],
  fees: {
    kind: 'price-list',
    ...PRICE_LIST,
    // 004 L1 r.8: the base inspection cost on filing, the rest on receiving the result.
    stages: [
      { stage: 'on-filing', what: 'Data entry', price: placeholder(1000), variants: ['S9a'] },
      {
        stage: 'on-filing',
        what: 'Base cost of the technical inspection',
        price: placeholder(5000),
        variants: ['S9b', 'S9c'],
      },
      {
        stage: 'before-result',
        what: 'Additional payment (the full cost)',
        price: placeholder(10000),
        variants: ['S9b', 'S9c'],
      },
    ],
    source: '004 L1 r.6, r.8',
  },
  refusal: REFUSAL('004 L1 r.9'),
  notifications: NOTIFICATIONS,
};

export const S10: ServiceDefinition = {
  id: 'S10',
  version: '1.0.0',
  name: {
    kk: 'Жылжымайтын мүлік объектісінің кадастрлық паспортының телнұсқасын беру',
    ru: 'Выдача дубликата кадастрового паспорта объекта недвижимости',
    en: 'Duplicate cadastral passport',
  },
  source: '004 cl.9, 11; L2',
  validity: IN_FORCE,
  provider: PROVIDER,
  territory: 'object-location',
  applicants: { kinds: ['individual', 'legal-entity'], onBehalfOf: ['self'] },
  channels: PORTAL('004 cl.9, L2 r.2, r.10'),
  documents: REQUEST('004 L2 r.8'),
  consent: CONSENT,
  steps: [
    ...FILE_AND_ARCHIVE,
    {
      id: 'copy',
      actor: 'executor',
      action: 'If no refusal ground applies, copy the passport from the inventory file',
      output: 'Duplicate for signature',
      limit: { unit: 'not-stated' },
    },
    {
      id: 'sign',
      actor: 'management',
      action: 'Sign with EDS',
      output: 'Duplicate marked «Телнұсқа»',
      limit: { unit: 'not-stated' },
    },
  ],
  variants: [
    {
      id: 'S10',
      name: {
        kk: 'Кадастрлық паспорттың телнұсқасы',
        ru: 'Дубликат кадастрового паспорта',
        en: 'Duplicate cadastral passport',
      },
      deadline: { kind: 'rule', rule: DEADLINE_RULES.S10 },
      result: { what: 'Duplicate marked «Телнұсқа» (Duplicate), or a refusal', ...TO_CABINET, source: '004 cl.11' },
    },
  ],
  fees: {
    kind: 'price-list',
    ...PRICE_LIST,
    stages: [{ stage: 'on-filing', what: 'Duplicate passport', price: placeholder(1000) }],
    source: '004 L2 r.6, r.8',
  },
  refusal: REFUSAL('004 L2 r.9'),
  notifications: ['accepted', 'incomplete-documents', 'payment-due', 'result', 'refusal'],
};
