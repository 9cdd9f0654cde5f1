// A real HTTP server on 127.0.0.1 that plays the SMS gateway of docs/sms-gateway.md: it records
// every request, drops a repeated id as a gateway should (answers it again, delivers it once), and
// can be switched to answer slowly, with an error status, with garbage, or to be down altogether.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';

export type GatewayMode =
  { kind: 'ok' } | { kind: 'slow'; ms: number } | { kind: 'status'; status: number } | { kind: 'garbage' };

export interface GatewayRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeGateway {
  url: string;
  mode: GatewayMode;
  /** Every request that reached the gateway, in order. */
  requests: GatewayRequest[];
  /** Message ids the gateway handed on to phones, each once however often it was sent. */
  delivered: string[];
  /** Goes down: the port refuses connections until up() is called. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startGateway(): Promise<FakeGateway> {
  const gateway: FakeGateway = {
    url: '',
    mode: { kind: 'ok' },
    requests: [],
    delivered: [],
    down: () => stop(),
    up: () => listen(port),
    close: () => stop(),
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await text(req);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
    }
    gateway.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
    const mode = gateway.mode;
    if (mode.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, mode.ms));
    if (mode.kind === 'status') {
      res.writeHead(mode.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'as the test asked' }));
      return;
    }
    if (mode.kind === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>maintenance</html>');
      return;
    }
    // Taken (also when it only arrives after the sender gave up waiting): delivered once per id.
    const id = String((body as { id?: unknown }).id);
    if (!gateway.delivered.includes(id)) gateway.delivered.push(id);
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'accepted', messageId: `gw-${gateway.delivered.indexOf(id) + 1}` }));
  };
  let server: Server | undefined;
  let port = 0;
  const listen = (at: number) =>
    new Promise<void>((resolve, reject) => {
      server = createServer((req, res) => void handle(req, res));
      server.once('error', reject);
      server.listen(at, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        gateway.url = `http://127.0.0.1:${port}/v1/sms`;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const closing = server;
      server = undefined;
      closing.close(() => resolve());
      closing.closeAllConnections();
    });
  await listen(0);
  return gateway;
}
