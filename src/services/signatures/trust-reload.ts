// Revocation without restart (issue 14): the trust list directory is read again on a
// schedule and, debounced, whenever a file in it changes, so that a new CRL (or a removed CA)
// takes effect in every server process within seconds, and within the schedule's period where
// file events are not delivered (network file systems). A reload replaces the store in use only
// when the whole directory loaded: a broken or half-copied file keeps the last good store.
import { type FSWatcher, watch } from 'node:fs';
import { loadTrustStore, type TrustStore } from './trust-store.ts';
import type * as x509 from './x509.ts';

export interface TrustReloadOptions {
  dir: string;
  /** Period of the scheduled reload; 0: none. */
  intervalMs: number;
  /** Whether to reload when a file of the directory changes (fs.watch). */
  watch: boolean;
  /** Quiet time after the last file event before reading: a copy of several files is one reload. */
  debounceMs?: number;
  /** Called with each store that loaded in full. */
  onLoad(store: TrustStore): void;
  /** Called when a reload failed (the previous store stays) or the watcher broke. */
  onError(error: unknown): void;
}

export interface TrustReload {
  /** Reads the directory now; 'kept' when it failed and the store in use stays. */
  reload(): Promise<'loaded' | 'kept'>;
  /** Stops the schedule and the watcher, and waits for a reload in progress. */
  stop(): Promise<void>;
}

export function startTrustReload(options: TrustReloadOptions): TrustReload {
  let stopped = false;
  // Reloads run one after another: two overlapping reads must not install the older one last.
  let queue: Promise<unknown> = Promise.resolve();
  const reload = (): Promise<'loaded' | 'kept'> => {
    const next = queue.then(async () => {
      if (stopped) return 'kept' as const;
      try {
        const store = await loadTrustStore(options.dir);
        if (stopped) return 'kept' as const;
        options.onLoad(store);
        return 'loaded' as const;
      } catch (error) {
        options.onError(error);
        return 'kept' as const;
      }
    });
    queue = next;
    return next;
  };

  const timer = options.intervalMs > 0 ? setInterval(() => void reload(), options.intervalMs) : null;
  timer?.unref();

  let debounce: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;
  if (options.watch) {
    try {
      watcher = watch(options.dir, { persistent: false }, () => {
        if (debounce) clearTimeout(debounce);
        debounce = setTimeout(() => {
          debounce = null;
          void reload();
        }, options.debounceMs ?? 250);
        debounce.unref();
      });
      // The directory removed or unreadable: the schedule goes on and reports each failure.
      watcher.on('error', (error) => options.onError(error));
    } catch (error) {
      options.onError(error);
    }
  }

  return {
    reload,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (debounce) clearTimeout(debounce);
      watcher?.close();
      await queue;
    },
  };
}

/**
 * The issuers (CA names, never personal data) whose CRLs in the store are all past their
 * nextUpdate at `at`: signatures under them are refused with 'crl-expired' until a new CRL comes.
 */
export function expiredCrlIssuers(store: TrustStore, at: Date): string[] {
  const current = (crl: x509.X509Crl) => crl.nextUpdate === undefined || at.getTime() <= crl.nextUpdate.getTime();
  const issuers = new Set(store.crls.map((crl) => crl.issuer));
  return [...issuers].filter((issuer) => !store.crls.some((crl) => crl.issuer === issuer && current(crl)));
}
