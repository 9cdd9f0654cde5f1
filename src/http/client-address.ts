// Who is on the other end of a request, in one place: the client's address (for the access log
// and the throttles) and the protocol and origin it used (for Secure cookies and the API's
// same-origin check). Forwarded headers count only when the connecting peer is a trusted proxy
// (TIRKEU_TRUST_PROXY); anyone else could write whatever they like into them.
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { normalizeAddress, parseTrustProxy, type ProxyTrust } from '../trust-proxy.ts';

declare module 'hono' {
  interface ContextVariableMap {
    proxyTrust: ProxyTrust;
  }
}

const TRUST_NOBODY = parseTrustProxy(undefined);

/** Set once for the whole application (createApp). */
export function proxyPolicy(trust: ProxyTrust): MiddlewareHandler {
  return async (c, next) => {
    c.set('proxyTrust', trust);
    await next();
  };
}

function trustOf(c: Context): ProxyTrust {
  return c.get('proxyTrust') ?? TRUST_NOBODY;
}

/** The directly connected peer (the Node server's socket); null when not served by Node (tests). */
function peerAddress(c: Context): string | null {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? normalizeAddress(address) : null;
  } catch {
    return null;
  }
}

/**
 * The client's IP address: the peer, or — while the hop is a trusted proxy — the address that
 * proxy appended to X-Forwarded-For, read from the right. 'unknown' without a socket.
 */
export function clientAddress(c: Context): string {
  const trust = trustOf(c);
  let address = peerAddress(c);
  if (address === null) return 'unknown';
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',');
  while (trust.trusts(address) && hops.length > 0) {
    const next = normalizeAddress(hops.pop() ?? '');
    if (next === null) break;
    address = next;
  }
  return address;
}

/** https or http as the client used it: X-Forwarded-Proto (the nearest proxy's) from a trusted peer. */
export function requestProtocol(c: Context): 'http' | 'https' {
  const peer = peerAddress(c);
  const forwarded = c.req.header('x-forwarded-proto');
  if (peer !== null && forwarded && trustOf(c).trusts(peer)) {
    const nearest = forwarded.split(',').pop()?.trim().toLowerCase();
    if (nearest === 'https' || nearest === 'http') return nearest;
  }
  return new URL(c.req.url).protocol === 'https:' ? 'https' : 'http';
}

/** The origin the client addressed: its protocol and the Host it asked for. */
export function requestOrigin(c: Context): string {
  return `${requestProtocol(c)}://${new URL(c.req.url).host}`;
}
