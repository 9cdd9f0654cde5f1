// The service calls state registries over a network in production: each call gets a timeout and
// a couple of quick retries (cockatiel). When a registry stays down the call fails with one coded
// error, `registry-unavailable`, and the application waits in `checks` for a later retry.
//
// Issue 16: each registry also has a circuit breaker. After `breakAfter` consecutive failed calls
// it opens, and calls fail at once (no timeout spent per person) until `halfOpenAfterMs` has
// passed and one trial call succeeds. Its state shows in GET /readyz (breakerStates).
import {
  CircuitState,
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  TimeoutStrategy,
  timeout,
  wrap,
} from 'cockatiel';
import { AppError, isAppError } from '../errors.ts';
import type { Registries } from './ports.ts';

export interface ResilienceOptions {
  timeoutMs: number;
  retries: number;
  /** Consecutive failed calls (after their retries) that open a registry's breaker. */
  breakAfter?: number;
  /** How long an open breaker refuses calls before it lets one through to try. */
  halfOpenAfterMs?: number;
}

export const DEFAULT_RESILIENCE: ResilienceOptions = { timeoutMs: 3000, retries: 2 };
const DEFAULT_BREAK_AFTER = 5;
const DEFAULT_HALF_OPEN_AFTER_MS = 10_000;

export type BreakerState = 'closed' | 'open' | 'half-open' | 'isolated';

const STATE_NAMES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

const breakersOf = new WeakMap<Registries, () => Record<string, BreakerState>>();

/** Each registry's breaker state, for /readyz; empty for registries without resilience. */
export function breakerStates(registries: Registries): Record<string, BreakerState> {
  return breakersOf.get(registries)?.() ?? {};
}

/** Issue 19: a malformed answer (`registry-answer-invalid`) is the registry's data, not an outage. */
const isMalformedAnswer = (error: unknown) => isAppError(error) && error.code === 'registry-answer-invalid';

export function resilientRegistries(inner: Registries, options: ResilienceOptions = DEFAULT_RESILIENCE): Registries {
  const attempts = wrap(
    // Asking again would get the same malformed answer: only failures are retried.
    retry(
      handleWhen((error) => !isMalformedAnswer(error)),
      {
        maxAttempts: options.retries,
        backoff: new ExponentialBackoff({ initialDelay: 20, maxDelay: 200 }),
      },
    ),
    timeout(options.timeoutMs, TimeoutStrategy.Aggressive),
  );
  const breakers = new Map<string, ReturnType<typeof circuitBreaker>>();
  const wrapPort = <P extends object>(name: string, port: P): P => {
    // One breaker per registry: an outage of one does not stop calls to the others. A malformed
    // answer is about one record, so it neither opens the breaker nor is retried.
    const breaker = circuitBreaker(
      handleWhen((error) => !isMalformedAnswer(error)),
      {
        halfOpenAfter: options.halfOpenAfterMs ?? DEFAULT_HALF_OPEN_AFTER_MS,
        breaker: new ConsecutiveBreaker(options.breakAfter ?? DEFAULT_BREAK_AFTER),
      },
    );
    breakers.set(name, breaker);
    const policy = wrap(breaker, attempts);
    return new Proxy(port, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          try {
            return await policy.execute(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
          } catch (error) {
            if (isMalformedAnswer(error)) throw error;
            throw new AppError('registry-unavailable', { registry: name }, { cause: error });
          }
        };
      },
    });
  };
  const registries = Object.fromEntries(
    Object.entries(inner).map(([name, port]) => [name, wrapPort(name, port as object)]),
  ) as unknown as Registries;
  breakersOf.set(registries, () =>
    Object.fromEntries([...breakers].map(([name, breaker]) => [name, STATE_NAMES[breaker.state]])),
  );
  return registries;
}
