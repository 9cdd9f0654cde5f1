// SMS delivery is an adapter: production plugs in the operator's gateway; development and tests
// use the sink, which keeps recent messages in memory for the dev page and the test suite.
export interface SmsMessage {
  phone: string;
  text: string;
}

export interface SmsGateway {
  send(message: SmsMessage): Promise<void>;
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
  async send(message: SmsMessage): Promise<void> {
    this.#sent.push({ ...message, at: new Date() });
    if (this.#sent.length > this.#capacity) this.#sent.shift();
  }
  /** Newest first. */
  recent(phone?: string): SentSms[] {
    return this.#sent.filter((m) => phone === undefined || m.phone === phone).reverse();
  }
}
