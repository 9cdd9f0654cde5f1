// Issue 21, service dashboards: an application's state as an outcome a supervisor counts per day.
import type { State } from '../lifecycle/states.ts';

export const OUTCOMES = ['completed', 'refused', 'cancelled', 'expired', 'in-progress'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** P7: registered (or, for the deregistration service, deregistered) is the service done. */
export function outcomeOf(state: State): Outcome {
  switch (state) {
    case 'registered':
    case 'deregistered':
      return 'completed';
    case 'refused':
    case 'cancelled':
    case 'expired':
      return state;
    default:
      return 'in-progress';
  }
}
