// 003 ¶B3 (S8): the result of a filing made at a ЦОН is handed over there "on the receipt, on
// showing the identity document (or by a representative on a notarized power of attorney)"; "the
// ЦОН keeps the result for one month, then passes it to the provider for further keeping. When
// the applicant asks the ЦОН for it after the month, the provider sends it to the ЦОН within one
// working day at the ЦОН's request." Pure: a fold of dated events into the state of the paper
// result, on the F2 working-day calendar (deadlines.md D1, D3).
import { addWorkingDays } from '../calendar.ts';
import { addMonths, type IsoDate } from '../dates.ts';

/** 003 ¶B3: the ЦОН keeps the result one month. */
export const STORAGE_MONTHS = 1;
/** 003 ¶B3: the provider sends a returned result back to the ЦОН within one working day. */
export const SEND_BACK_WORKING_DAYS = 1;

export type CustodyEvent =
  /** To the applicant (or a representative with a notarized power of attorney), on the receipt. */
  | { readonly kind: 'handed-over'; readonly on: IsoDate }
  /** The month is over: the ЦОН passes the result to the provider. */
  | { readonly kind: 'returned-to-provider'; readonly on: IsoDate }
  /** The applicant asks the ЦОН for it after the month; the ЦОН asks the provider. */
  | { readonly kind: 'requested'; readonly on: IsoDate }
  /** The provider sends it to the ЦОН again. */
  | { readonly kind: 'sent-back'; readonly on: IsoDate };

export type CustodyEventKind = CustodyEvent['kind'];

export type CustodyState =
  | {
      readonly kind: 'at-con';
      readonly since: IsoDate;
      /** The last day of the month of keeping (D3: calendar, moved to a working day). */
      readonly keepUntil: IsoDate;
      /** The first day the ЦОН may pass it to the provider: the working day after keepUntil. */
      readonly returnFrom: IsoDate;
    }
  | { readonly kind: 'handed-over'; readonly on: IsoDate }
  | { readonly kind: 'at-provider'; readonly since: IsoDate }
  | {
      readonly kind: 'requested';
      readonly on: IsoDate;
      /** The provider's deadline: one working day after the ЦОН's request. */
      readonly sendBackBy: IsoDate;
    };

export type CustodyErrorCode = 'custody.invalid-event' | 'custody.storage-not-over' | 'custody.before-last-event';

export type CustodyMove =
  | { readonly ok: true; readonly state: CustodyState; readonly late: boolean }
  | { readonly ok: false; readonly code: CustodyErrorCode; readonly params: Readonly<Record<string, string>> };

/**
 * The ЦОН's keeping of a result that reached it on `since`. Reading (docs/licences.md): the month
 * counts from the day after (D3) and ends on the same date of the next month, moved to the next
 * working day when that is not one; a result sent back after a request is kept a month again.
 */
export function atCon(since: IsoDate): CustodyState {
  const keepUntil = addWorkingDays(addMonths(since, STORAGE_MONTHS), 0);
  return { kind: 'at-con', since, keepUntil, returnFrom: addWorkingDays(keepUntil, 1) };
}

/** The next state after `event`, or why it cannot happen now. `late`: the provider sent it back late. */
export function moveCustody(state: CustodyState, event: CustodyEvent, lastEventOn: IsoDate): CustodyMove {
  if (event.on < lastEventOn) return fail('custody.before-last-event', { on: lastEventOn });
  switch (event.kind) {
    case 'handed-over':
      // The applicant collects it from the ЦОН, within the month or after it has come back.
      if (state.kind !== 'at-con') return invalid(state, event);
      return ok({ kind: 'handed-over', on: event.on });
    case 'returned-to-provider':
      if (state.kind !== 'at-con') return invalid(state, event);
      if (event.on < state.returnFrom) return fail('custody.storage-not-over', { returnFrom: state.returnFrom });
      return ok({ kind: 'at-provider', since: event.on });
    case 'requested':
      if (state.kind !== 'at-provider') return invalid(state, event);
      // The request reaches the provider on a working day; a request on a day off counts from the next.
      return ok({
        kind: 'requested',
        on: event.on,
        sendBackBy: addWorkingDays(addWorkingDays(event.on, 0), SEND_BACK_WORKING_DAYS),
      });
    case 'sent-back':
      if (state.kind !== 'requested') return invalid(state, event);
      return { ok: true, state: atCon(event.on), late: event.on > state.sendBackBy };
  }
}

/** The state after the result reached the ЦОН on `since` and the events that followed, in order. */
export function custodyOf(since: IsoDate, events: readonly CustodyEvent[]): CustodyState {
  let state = atCon(since);
  let last = since;
  for (const event of events) {
    const moved = moveCustody(state, event, last);
    if (!moved.ok) throw new RangeError(`custody: ${moved.code} at ${event.kind} ${event.on}`);
    state = moved.state;
    last = event.on;
  }
  return state;
}

function ok(state: CustodyState): CustodyMove {
  return { ok: true, state, late: false };
}

function invalid(state: CustodyState, event: CustodyEvent): CustodyMove {
  return fail('custody.invalid-event', { state: state.kind, event: event.kind });
}

function fail(code: CustodyErrorCode, params: Record<string, string>): CustodyMove {
  return { ok: false, code, params };
}
