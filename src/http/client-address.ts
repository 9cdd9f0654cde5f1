// The client's address for throttling and the access log. Minimal version (issue 14, H3): the
// socket's remote address as @hono/node-server gives it; H2 adds TIRKEU_TRUST_PROXY (the
// forwarded address behind a trusted proxy) under the same name.
import type { Context } from 'hono';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

export function clientAddress(c: Context): string {
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
