// A real HTTP server on 127.0.0.1 that plays the payment gateway of docs/payments.md for the
// adapter's tests: it records every request and answers as the test sets it — a good invoice,
// slowly, with an error status, with garbage, with an answer of the wrong shape or amount.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';

export type PaymentGatewayMode =
  | { kind: 'ok' }
  | { kind: 'slow'; ms: number }
  | { kind: 'status'; status: number }
  | { kind: 'garbage' }
  | { kind: 'answer'; body: unknown };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  raw: string;
}

export interface PaymentGatewayServer {
  url: string;
  mode: PaymentGatewayMode;
  requests: RecordedRequest[];
  /** Status answers by invoice id (GET /invoices/{id}). */
  statuses: Map<string, { paymentId: string; status: string; amountTiyn: number }>;
  close(): Promise<void>;
}

export async function startPaymentGatewayServer(): Promise<PaymentGatewayServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await text(req);
      gateway.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, raw });
      const mode = gateway.mode;
      if (mode.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, mode.ms));
      if (res.destroyed) return;
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (mode.kind === 'status') return json(mode.status, { error: 'as the test asked' });
      if (mode.kind === 'garbage') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html>maintenance</html>');
      }
      if (mode.kind === 'answer') return json(200, mode.body);
      const one = /^\/v1\/invoices\/(.+)$/.exec(req.url ?? '');
      if (req.method === 'GET' && one) {
        const status = gateway.statuses.get(decodeURIComponent(one[1]!));
        return status ? json(200, status) : json(404, { error: 'no such invoice' });
      }
      const body = JSON.parse(raw) as { invoiceId: string; amountTiyn: number };
      return json(201, {
        paymentId: `gw-${body.invoiceId.slice(0, 8)}`,
        paymentUrl: `https://pay.example.kz/p/${body.invoiceId}`,
        status: 'issued',
        amountTiyn: body.amountTiyn,
      });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const gateway: PaymentGatewayServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    mode: { kind: 'ok' },
    requests: [],
    statuses: new Map(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return gateway;
}
