// SMS delivery is an adapter: production plugs in the operator's gateway (http-sms-gateway.ts);
// development and tests use the sink, which keeps recent messages in memory for the dev page and
// the test suite.
export interface SmsMessage {
  /**
   * The outbox message's key, the same on every attempt: a gateway that already took a message
   * with this id drops the repeat (the outbox delivers at least once).
   */
  id: string;
  phone: string;
  text: string;
}

/** What the gateway answered: it took the message (accepted) or already handed it over. */
export interface SmsReceipt {
  status: 'accepted' | 'delivered';
  gatewayMessageId?: string | undefined;
}

export interface SmsGateway {
  /** Resolves with the receipt; rejects (an SmsDeliveryError from a gateway) when not sent. */
  send(message: SmsMessage): Promise<SmsReceipt>;
}

/**
 * A send that failed, with a code safe to store and log (never the phone, the text or the
 * gateway's answer body). Transient failures are tried again in a later outbox round; permanent
 * ones (the gateway refused the request itself) are not.
 */
export class SmsDeliveryError extends Error {
  readonly code: string;
  readonly permanent: boolean;
  constructor(code: string, permanent: boolean, options: { cause?: unknown } = {}) {
    super(`SMS not sent: ${code}`, options);
    this.name = 'SmsDeliveryError';
    this.code = code;
    this.permanent = permanent;
  }
}

export interface SentSms extends SmsMessage {
  at: Date;
}

/** Keeps the last messages in memory (never written to logs: they carry codes and phones). */
export class DevSmsSink implements SmsGateway {
  readonly #sent: SentSms[] = [];
  readonly #capacity: number;
  constructor(capacity = 200) {
    this.#capacity = capacity;
  }
  async send(message: SmsMessage): Promise<SmsReceipt> {
    this.#sent.push({ ...message, at: new Date() });
    if (this.#sent.length > this.#capacity) this.#sent.shift();
    return { status: 'delivered' };
  }
  /** Newest first. */
  recent(phone?: string): SentSms[] {
    return this.#sent.filter((m) => phone === undefined || m.phone === phone).reverse();
  }
}
