// The SMS gateway over HTTP (TIRKEU_SMS=https://…): one JSON POST per message, contract in
// docs/sms-gateway.md. The adapter makes one attempt; retrying is the outbox's job (a later
// round), so a slow or absent gateway never holds a dispatch round longer than the timeout.
// Failures carry a code only: the phone, the text and the gateway's answer stay out of errors.
import { z } from 'zod';
import { SmsDeliveryError, type SmsGateway, type SmsMessage, type SmsReceipt } from './sms-gateway.ts';

export interface HttpSmsGatewayOptions {
  url: string;
  /** Sent as `Authorization: Bearer <token>` when given. */
  token?: string | undefined;
  timeoutMs: number;
}

const Answer = z.object({
  status: z.enum(['accepted', 'delivered']),
  messageId: z.string().min(1).max(200).optional(),
});

/** Codes of a failed send (stored in outbox.last_error_code). */
export const SMS_ERROR = {
  timeout: 'timeout',
  unreachable: 'unreachable',
  badAnswer: 'bad-answer',
  http: (status: number) => `http-${status}`,
} as const;

export class HttpSmsGateway implements SmsGateway {
  readonly #options: HttpSmsGatewayOptions;
  constructor(options: HttpSmsGatewayOptions) {
    this.#options = options;
  }

  async send(message: SmsMessage): Promise<SmsReceipt> {
    const { url, token, timeoutMs } = this.#options;
    let response: Response;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': message.id,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ id: message.id, to: message.phone, text: message.text }),
        redirect: 'error',
        signal,
      });
    } catch (error) {
      throw new SmsDeliveryError(signal.aborted ? SMS_ERROR.timeout : SMS_ERROR.unreachable, false, { cause: error });
    }
    // The body is read within the same timeout (a gateway may stall after the headers).
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (signal.aborted) throw new SmsDeliveryError(SMS_ERROR.timeout, false, { cause: error });
      body = undefined;
    }
    if (!response.ok) {
      // 408 (request timeout) and 429 (too many requests) are the gateway asking to come back later.
      const transient = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new SmsDeliveryError(SMS_ERROR.http(response.status), !transient);
    }
    const answer = Answer.safeParse(body);
    // A 2xx the adapter cannot read: the message may have been taken, so it is sent again later
    // under the same id, which the gateway drops if it has it.
    if (!answer.success) throw new SmsDeliveryError(SMS_ERROR.badAnswer, false);
    return { status: answer.data.status, gatewayMessageId: answer.data.messageId };
  }
}
