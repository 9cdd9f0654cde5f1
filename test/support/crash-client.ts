// A citizen of the crash harness (issue 16) with their flat's owner: drives one registration to
// the end (create, submit, coupon, the owner's consent, signature), then obtains an address
// certificate and deregisters — while the server is killed under them. Each step is chosen from
// the application's state as read back, so the client resumes wherever the crash left it; a
// request whose answer was lost is repeated with the same Idempotency-Key; a refused one (the
// step was already done) makes it read the state again.
import type { FakeGateway } from './sms-gateway-server.ts';
import { COUPON } from './api-flow.ts';
import type { CrashPair } from './crash-population.ts';
import { ApiClient, type ApiReply } from './server-with-gateway.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The code of a code SMS ("…code: 123456. Valid…" in every language), not six digits of an
 * application number in another SMS to the same phone ("registration 2026-00000123 recorded").
 */
const CODE = /: (\d{6})\. /;

export interface ClientReport {
  registration?: string;
  deregistration?: string;
  certificate?: string;
  /** Requests repeated after a lost answer, a 5xx or an "in progress". */
  retries: number;
  /** When the client gives up (epoch ms): the run then fails instead of waiting forever. */
  deadline: number;
  /** The last answer that made it retry (a status and code), to tell why a client was slow. */
  lastRetry?: string;
  done: boolean;
  error?: string;
}

/** Calls through crashes: a lost answer, a 5xx or a key still in progress is retried as it was. */
async function call(
  client: ApiClient,
  method: string,
  path: string,
  report: ClientReport,
  options: { body?: unknown; key?: string } = {},
): Promise<ApiReply> {
  for (;;) {
    if (Date.now() > report.deadline) throw new Error(`${method} ${path}: still retrying at the deadline`);
    try {
      const reply = await client.request(method, path, {
        ...(options.body === undefined ? {} : { body: options.body }),
        headers: options.key ? { 'idempotency-key': options.key } : {},
        signal: AbortSignal.timeout(30_000),
      });
      const code = reply.body?.error?.code as string | undefined;
      if (reply.status < 500 && code !== 'idempotency-in-progress' && reply.status !== 429) return reply;
      report.lastRetry = `${method} ${path.replace(/[0-9a-f-]{36}/, ':id')}: ${reply.status} ${code}`;
      // A throttle's refusal says when to come back; asking sooner only pushes that back.
      if (reply.status === 429) await sleep(Math.min(Number(reply.headers.get('retry-after') ?? 1), 150) * 1000);
    } catch {
      // The server died under the request (connection refused or reset): its answer is lost.
      report.lastRetry = `${method} ${path.replace(/[0-9a-f-]{36}/, ':id')}: no answer`;
    }
    report.retries++;
    await sleep(500);
  }
}

export class CrashClient {
  readonly report: ClientReport = { retries: 0, deadline: Infinity, done: false };
  readonly #applicant: ApiClient;
  readonly #owner: ApiClient;
  readonly #pair: CrashPair;
  readonly #gateway: FakeGateway;
  readonly #tag: string;

  constructor(base: string, pair: CrashPair, index: number, gateway: FakeGateway, runTag: string) {
    this.#pair = pair;
    this.#gateway = gateway;
    this.#tag = `${runTag}-${index}`;
    this.#applicant = new ApiClient(base, `10.16.${index >> 8}.${index & 255}`);
    this.#owner = new ApiClient(base, `10.17.${index >> 8}.${index & 255}`);
  }

  async run(deadline: number): Promise<ClientReport> {
    this.report.deadline = deadline;
    try {
      await this.#login(this.#applicant, this.#pair.newcomer);
      await this.#login(this.#owner, this.#pair.owner);
      this.report.registration = await this.#drive(
        { service: 'registration-permanent', rka: this.#pair.rka },
        'registered',
        deadline,
      );
      this.report.certificate = await this.#certificate();
      this.report.deregistration = await this.#drive(
        { service: 'deregistration', rka: this.#pair.rka },
        'deregistered',
        deadline,
      );
      this.report.done = true;
    } catch (error) {
      this.report.error = (error as Error).message;
    }
    return this.report;
  }

  /**
   * The newest one-time code sent to this phone after `after` gateway requests that has not been
   * `tried`, or null after 90 s: a code enqueued just before a crash is sent by the restarted
   * server's worker, and waiting for it costs less than asking for another (3 codes per 2
   * minutes, docs/security.md). While fewer than `expected` codes (one per attempt at asking,
   * some of whose answers were lost) have come, it waits up to 30 s for the rest first: the
   * newest of all of them is the one for the challenge in hand.
   */
  async #code(phone: string, after: number, tried: Set<string>, expected: number): Promise<string | null> {
    for (let i = 0; i < 450; i++) {
      const codes = this.#gateway.requests
        .slice(after)
        .filter((r) => (r.body as { to?: string }).to === phone)
        .map((r) => CODE.exec((r.body as { text?: string }).text ?? '')?.[1])
        .filter((code) => code !== undefined && !tried.has(code));
      if (codes.length > 0 && (codes.length + tried.size >= expected || i >= 150)) return codes.at(-1)!;
      await sleep(200);
    }
    return null;
  }

  /**
   * Answers a challenge with the codes that reached the phone since `after`, newest first. After
   * a crash two codes may be on their way — one for a challenge whose answer was lost, one for
   * the challenge asked for again — and the restarted worker may send the older one last: a
   * wrong code makes the client try the next one (3 attempts per challenge), not ask for more.
   */
  async #answer(
    phone: string,
    after: number,
    asked: number,
    send: (code: string) => Promise<ApiReply>,
  ): Promise<ApiReply | null> {
    const tried = new Set<string>();
    for (let attempt = 0; attempt < 3; attempt++) {
      const code = await this.#code(phone, after, tried, asked);
      if (!code) return null;
      const reply = await send(code);
      if (reply.body?.error?.code !== 'otp-wrong-code') return reply;
      tried.add(code);
    }
    return null;
  }

  async #login(client: ApiClient, who: { iin: string; phone: string }): Promise<void> {
    for (;;) {
      const before = this.#gateway.requests.length;
      const retries = this.report.retries;
      const sent = await call(client, 'POST', '/auth/otp', this.report, { body: { iin: who.iin } });
      if (sent.status !== 200) throw new Error(`login code: ${JSON.stringify(sent.body)}`);
      const done = await this.#answer(who.phone, before, 1 + this.report.retries - retries, (code) => {
        const body = { iin: who.iin, challengeId: sent.body.challengeId, code };
        return call(client, 'POST', '/auth/otp/verify', this.report, { body });
      });
      if (done?.status === 200) {
        client.token = done.body.token;
        return;
      }
    }
  }

  /**
   * Signs (or consents to) the application `id` by SMS code, as whoever `client` is. The code is
   * asked for under `key`, as a real citizen's app would: when the crash lost the answer, the
   * repeat gets the same challenge back and the code that did arrive is used — not a new code,
   * which would spend the person's small code budget on every crash. Each code is sent under a
   * key of its own (a new body needs a new key).
   */
  async #signWithCode(client: ApiClient, phone: string, id: string, key: string, path: string): Promise<void> {
    const before = this.#gateway.requests.length;
    const sent = await call(client, 'POST', `/applications/${id}/signing-code`, this.report, { key: `${key}-code` });
    if (sent.status !== 200) return;
    await this.#answer(phone, before, 1, (code) => {
      const body = { method: 'otp', challengeId: sent.body.challengeId, code };
      return call(client, 'POST', path, this.report, { body, key: `${key}-${code}` });
    });
  }

  /** Creates the application once (its key), then takes the step its state asks for until `goal`. */
  async #drive(body: Record<string, unknown>, goal: string, deadline: number): Promise<string> {
    const kind = String(body['service']);
    const created = await call(this.#applicant, 'POST', '/applications', this.report, {
      body,
      key: `${this.#tag}-${kind}-create`,
    });
    if (created.status !== 201) throw new Error(`create ${kind}: ${JSON.stringify(created.body)}`);
    const id = created.body.id as string;
    for (let step = 0; ; step++) {
      if (Date.now() > deadline) throw new Error(`${kind} ${id}: not ${goal} by the deadline`);
      const read = await call(this.#applicant, 'GET', `/applications/${id}`, this.report);
      if (read.status !== 200) throw new Error(`read ${kind} ${id}: ${read.status} ${JSON.stringify(read.body)}`);
      const state = read.body.state as string;
      // A new key per attempt at a step (a new code makes a new body); the same key for its repeats.
      const key = `${this.#tag}-${kind}-${state}-${step}`;
      if (state === goal) return id;
      if (state === 'draft') await call(this.#applicant, 'POST', `/applications/${id}/submit`, this.report, { key });
      else if (state === 'checks') await sleep(1000);
      else if (state === 'coupon-pending') {
        await call(this.#applicant, 'PUT', `/applications/${id}/coupon`, this.report, { body: COUPON });
      } else if (state === 'consent-pending') {
        await this.#signWithCode(this.#owner, this.#pair.owner.phone, id, key, `/consents/${id}/approve`);
      } else if (state === 'signature-pending') {
        await this.#signWithCode(this.#applicant, this.#pair.newcomer.phone, id, key, `/applications/${id}/sign`);
      } else throw new Error(`${kind} ${id} ended ${state}`);
    }
  }

  async #certificate(): Promise<string> {
    const issued = await call(this.#applicant, 'POST', '/certificates', this.report, {
      body: { kind: 'current' },
      key: `${this.#tag}-certificate`,
    });
    if (issued.status !== 201) throw new Error(`certificate: ${JSON.stringify(issued.body)}`);
    return issued.body.number as string;
  }
}
