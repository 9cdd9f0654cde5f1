// The service calls state registries over a network in production: each call gets a timeout and
// a couple of quick retries (cockatiel). When a registry stays down the call fails with one coded
// error, `registry-unavailable`, and the application waits in `checks` for a later retry.
import { ExponentialBackoff, handleAll, retry, TimeoutStrategy, timeout, wrap } from 'cockatiel';
import { AppError } from '../errors.ts';
import type { Registries } from './ports.ts';

export interface ResilienceOptions {
  timeoutMs: number;
  retries: number;
}

export const DEFAULT_RESILIENCE: ResilienceOptions = { timeoutMs: 3000, retries: 2 };

export function resilientRegistries(inner: Registries, options: ResilienceOptions = DEFAULT_RESILIENCE): Registries {
  const policy = wrap(
    retry(handleAll, {
      maxAttempts: options.retries,
      backoff: new ExponentialBackoff({ initialDelay: 20, maxDelay: 200 }),
    }),
    timeout(options.timeoutMs, TimeoutStrategy.Aggressive),
  );
  const wrapPort = <P extends object>(name: string, port: P): P =>
    new Proxy(port, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          try {
            return await policy.execute(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
          } catch (error) {
            throw new AppError('registry-unavailable', { registry: name }, { cause: error });
          }
        };
      },
    });
  return Object.fromEntries(
    Object.entries(inner).map(([name, port]) => [name, wrapPort(name, port as object)]),
  ) as unknown as Registries;
}
