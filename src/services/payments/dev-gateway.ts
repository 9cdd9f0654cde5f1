// A fake payment gateway for development and tests (TIRKEU_PAYMENTS=dev), served over real HTTP
// on this machine so that Tirkeu talks to it through the same adapter and the same signed
// callbacks as to the real one (docs/payments.md). It keeps invoices in memory, shows a page
// where anyone can "pay" or cancel an invoice, and then posts the signed callback to the address
// the invoice named. It never runs in production (production-policy.ts refuses TIRKEU_PAYMENTS=dev).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { z } from 'zod';
import { SIGNATURE_HEADER, signMessage, TIMESTAMP_HEADER, verifySignature } from '../../domain/payments/callback.ts';
import type { InvoiceState } from '../../domain/payments/invoice.ts';

const InvoiceBody = z.object({
  invoiceId: z.uuid(),
  amountTiyn: z.int().positive(),
  currency: z.literal('KZT'),
  description: z.string().min(1).max(500),
  callbackUrl: z.url({ protocol: /^https?$/ }),
});

export interface DevInvoice {
  invoiceId: string;
  paymentId: string;
  amountTiyn: number;
  description: string;
  callbackUrl: string;
  status: InvoiceState;
  /** The last callback sent: the HTTP status Tirkeu answered, or the failure. */
  delivery: string | null;
  /** The body last sent, so that "send again" repeats it byte for byte (a replay). */
  lastCallback: string | null;
}

export interface DevPaymentGateway {
  url: string;
  invoices: Map<string, DevInvoice>;
  /** Pays (or cancels) an invoice as the page's button does; resolves once the callback was answered. */
  settle(paymentId: string, outcome: 'paid' | 'cancelled'): Promise<DevInvoice>;
  close(): Promise<void>;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(invoice: DevInvoice): string {
  const tenge = (invoice.amountTiyn / 100).toFixed(2);
  const actions =
    invoice.status === 'issued'
      ? `<button name="action" value="pay">Pay ${tenge} ₸</button> <button name="action" value="cancel">Cancel</button>`
      : `<button name="action" value="resend">Send the notice again</button>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development payment gateway</title></head>
<body style="font-family:sans-serif;max-width:36rem;margin:2rem auto">
<p><strong>Development payment gateway</strong> — no money moves here.</p>
<h1>${escape(invoice.description)}</h1>
<p>Amount: ${tenge} ₸ · Status: <strong>${invoice.status}</strong></p>
${invoice.delivery ? `<p>Notice to Tirkeu: ${escape(invoice.delivery)}</p>` : ''}
<form method="post">${actions}</form></body></html>`;
}

export async function startDevPaymentGateway(options: {
  secret: Uint8Array;
  now?: () => Date;
  port?: number;
}): Promise<DevPaymentGateway> {
  const now = options.now ?? (() => new Date());
  const invoices = new Map<string, DevInvoice>();
  const byPayment = new Map<string, DevInvoice>();
  let events = 0;

  const send = async (invoice: DevInvoice, raw: string) => {
    invoice.lastCallback = raw;
    try {
      const response = await fetch(invoice.callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await signMessage(raw, options.secret, now())) },
        body: raw,
        signal: AbortSignal.timeout(5000),
      });
      invoice.delivery = `HTTP ${response.status}`;
      await response.body?.cancel();
    } catch (error) {
      invoice.delivery = `not delivered (${(error as Error).name})`;
    }
  };

  const settle = async (paymentId: string, outcome: 'paid' | 'cancelled' | 'resend'): Promise<DevInvoice> => {
    const invoice = byPayment.get(paymentId);
    if (!invoice) throw new RangeError(`dev payment gateway: no payment ${paymentId}`);
    if (outcome === 'resend') {
      if (invoice.lastCallback) await send(invoice, invoice.lastCallback);
      return invoice;
    }
    if (invoice.status !== 'issued') return invoice;
    invoice.status = outcome;
    const raw = JSON.stringify({
      eventId: `dev-event-${++events}`,
      invoiceId: invoice.invoiceId,
      paymentId,
      status: outcome,
      amountTiyn: invoice.amountTiyn,
      currency: 'KZT',
      at: now().toISOString(),
    });
    await send(invoice, raw);
    return invoice;
  };

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const status = (i: DevInvoice) => ({ paymentId: i.paymentId, status: i.status, amountTiyn: i.amountTiyn });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await text(req);
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    const pay = /^\/pay\/([A-Za-z0-9-]+)$/.exec(path);
    if (pay) {
      const invoice = byPayment.get(pay[1]!);
      if (!invoice) return json(res, 404, { error: 'no such payment' });
      if (req.method === 'POST') {
        const action = new URLSearchParams(raw).get('action');
        await settle(invoice.paymentId, action === 'cancel' ? 'cancelled' : action === 'resend' ? 'resend' : 'paid');
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(invoice));
      return;
    }
    // The API: only Tirkeu, which holds the secret, may use it.
    const signed = await verifySignature(
      raw,
      { timestamp: req.headers[TIMESTAMP_HEADER] as string, signature: req.headers[SIGNATURE_HEADER] as string },
      options.secret,
      now(),
    );
    if (!signed.ok) return json(res, 401, { error: signed.problem });
    if (req.method === 'POST' && path === '/invoices') {
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        return json(res, 400, { error: 'not JSON' });
      }
      const parsed = InvoiceBody.safeParse(body);
      if (!parsed.success) return json(res, 400, { error: 'bad invoice' });
      const existing = invoices.get(parsed.data.invoiceId);
      if (existing)
        return json(res, 200, { ...status(existing), paymentUrl: `${gateway.url}/pay/${existing.paymentId}` });
      const invoice: DevInvoice = {
        ...parsed.data,
        paymentId: `dev-${invoices.size + 1}-${parsed.data.invoiceId.slice(0, 8)}`,
        status: 'issued',
        delivery: null,
        lastCallback: null,
      };
      invoices.set(invoice.invoiceId, invoice);
      byPayment.set(invoice.paymentId, invoice);
      return json(res, 201, { ...status(invoice), paymentUrl: `${gateway.url}/pay/${invoice.paymentId}` });
    }
    const one = /^\/invoices\/([0-9a-f-]{36})$/.exec(path);
    if (req.method === 'GET' && one) {
      const invoice = invoices.get(one[1]!);
      return invoice ? json(res, 200, status(invoice)) : json(res, 404, { error: 'no such invoice' });
    }
    return json(res, 404, { error: 'not found' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { error: 'dev gateway failed' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const gateway: DevPaymentGateway = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    invoices,
    settle: (paymentId, outcome) => settle(paymentId, outcome),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return gateway;
}
