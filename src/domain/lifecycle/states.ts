// The application lifecycle as a typed table of transitions (P7, issue 5). A table rather than a
// statechart library: the machine is flat (no nested or parallel states), every transition is
// persisted in one SQL transaction with its audit record, and a plain table is what an auditor
// can read next to the law. The service layer refuses anything the table does not list.

export const STATES = [
  'draft',
  // Registry checks running, or waiting for a registry to come back (retry_at).
  'checks',
  'coupon-pending',
  'consent-pending',
  'signature-pending',
  'registered',
  'deregistered',
  'refused',
  'cancelled',
  'expired',
] as const;
export type State = (typeof STATES)[number];

export const SERVICES = ['registration-permanent', 'registration-temporary', 'deregistration'] as const;
export type ServiceId = (typeof SERVICES)[number];

export type Event =
  | 'submit'
  | 'registry-unavailable'
  | 'checks-passed'
  | 'checks-failed'
  | 'coupon-filled'
  | 'consent-given'
  | 'consent-declined'
  | 'consent-expired'
  | 'signed'
  | 'norm-reached-meanwhile'
  | 'cancel';

type Table = Partial<Record<State, Partial<Record<Event, readonly State[]>>>>;

/**
 * Residence registration (permanent and temporary), P7: checks → arrival coupon → consent of
 * the owners (skipped when no other owner must consent, I2/I4) → the applicant's signature →
 * recorded. Where a transition has several targets the service picks one by a stated rule.
 */
const REGISTRATION: Table = {
  draft: { submit: ['checks'], cancel: ['cancelled'] },
  checks: {
    'registry-unavailable': ['checks'],
    'checks-passed': ['coupon-pending'],
    'checks-failed': ['refused'],
    cancel: ['cancelled'],
  },
  'coupon-pending': { 'coupon-filled': ['consent-pending', 'signature-pending'], cancel: ['cancelled'] },
  'consent-pending': {
    'consent-given': ['consent-pending', 'signature-pending'],
    'consent-declined': ['refused'],
    'consent-expired': ['expired'],
    cancel: ['cancelled'],
  },
  'signature-pending': {
    signed: ['registered'],
    // N1 checked again under the dwelling's lock: someone else took the last place.
    'norm-reached-meanwhile': ['refused'],
    cancel: ['cancelled'],
  },
};

/** Deregistration by the person or by an owner of the dwelling: checks → signature → done. */
const DEREGISTRATION: Table = {
  draft: { submit: ['checks'], cancel: ['cancelled'] },
  checks: {
    'registry-unavailable': ['checks'],
    'checks-passed': ['signature-pending'],
    'checks-failed': ['refused'],
    cancel: ['cancelled'],
  },
  'signature-pending': { signed: ['deregistered'], cancel: ['cancelled'] },
};

export const TRANSITIONS: Record<ServiceId, Table> = {
  'registration-permanent': REGISTRATION,
  'registration-temporary': REGISTRATION,
  deregistration: DEREGISTRATION,
};

export const FINAL_STATES: readonly State[] = ['registered', 'deregistered', 'refused', 'cancelled', 'expired'];

export function isFinal(state: State): boolean {
  return FINAL_STATES.includes(state);
}

export type TransitionCheck = { ok: true; to: State } | { ok: false; allowed: Event[] };

/** Whether `event` may move an application of `service` from `from` to `to`. */
export function transition(service: ServiceId, from: State, event: Event, to: State): TransitionCheck {
  const row = TRANSITIONS[service][from] ?? {};
  const targets = row[event];
  if (targets?.includes(to)) return { ok: true, to };
  return { ok: false, allowed: Object.keys(row) as Event[] };
}

export function isState(value: unknown): value is State {
  return typeof value === 'string' && (STATES as readonly string[]).includes(value);
}
