// The client's network address, for the access log and (issue 14) throttling. One place, so
// that trusting a proxy's X-Forwarded-For (TIRKEU_TRUST_PROXY) changes only this function.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The peer address of the socket; 'unknown' when the request did not come over a socket (tests). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
