// What the migration police services S1–S5 of 002 (order № 165, 2014; repealed by order № 501,
// 2015) have in common: provider, the absent Standard, the portal e-flow of 002 §2.

export const PROVIDER = 'Territorial migration police units (КҚПб / ҚАІІб)';
// 002 R1 cl.2, R3–R5 cl.2: the 002 regulations state no deadline (the Standard's cl.4 is absent).
export const notStated = (source: string) => ({ kind: 'not-stated', source }) as const;
export const REPEALED = {
  from: '2014-03-20',
  to: '2015-05-30',
  note: 'Order № 165 of 20.03.2014 (002); repealed by order № 501 of 30.05.2015. The regulation in force now is not in the sources.',
} as const;
export const NOT_STATED_FEE = { kind: 'not-stated' } as const;
export const NO_CONSENT = { required: false, means: [], refusalGround: null, source: null } as const;
/** 002 §2: the portal's automatic checks; no other grounds are stated. */
export const AUTOMATIC_ONLY = { grounds: [], automatic: true, procedure: 'not-stated' } as const;
export const STANDARD_DOCUMENTS = (source: string) =>
  [{ id: 'identity', kind: 'identity', from: 'applicant', title: 'Identity document', when: [], source }] as const;
/** 002 §2 (R1, R3, R5 App3): the portal e-flow — log in, fill and sign with EDS, receive the result. */
export const PORTAL_FLOW = (resultMinutes: number, source: string) =>
  [
    {
      id: 'log-in',
      actor: 'applicant',
      action: 'Log in to the portal',
      output: 'Session',
      limit: { unit: 'minutes', value: 1 },
    },
    {
      id: 'fill-and-sign',
      actor: 'applicant',
      action: 'Choose the service, fill the request and sign it with EDS',
      output: 'Signed request',
      limit: { unit: 'minutes', value: 2.5 },
    },
    {
      id: 'result',
      actor: 'portal',
      action: `Deliver the result (${source})`,
      output: 'Result in the personal cabinet',
      limit: { unit: 'minutes', value: resultMinutes },
    },
  ] as const;
