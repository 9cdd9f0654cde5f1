// The outbox: messages are written in the transaction of the change that causes them and sent
// afterwards by the dispatcher, so a crash can delay a message but never lose it or send one for
// a change that rolled back. Delivery is at least once: every attempt of an SMS carries the
// message's key, so the gateway drops a repeat (after a crash between sending and committing).
// What the gateway answered is stored per message (delivery_status, gateway_message_id,
// last_error_code); a message the gateway refused, or that failed MAX_ATTEMPTS times, is failed.
import { type Database } from '../../db/database.ts';
import { jsonText } from '../../db/json-column.ts';
import { type MessageKey, translate } from '../../i18n/messages.ts';
import type { Registries } from '../../registries/ports.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import { SmsDeliveryError, type SmsGateway, type SmsReceipt } from './sms-gateway.ts';

export type Channel = 'sms' | 'cabinet';

/** Attempts (one per round) before a message is given up as failed. */
export const MAX_ATTEMPTS = 10;

export interface OutgoingMessage {
  channel: Channel;
  recipient: string;
  template: MessageKey;
  params?: Record<string, string | number>;
  applicationId?: string;
}

export async function enqueue(tx: Tx, at: Date, message: OutgoingMessage): Promise<void> {
  await tx
    .insertInto('outbox')
    .values({
      channel: message.channel,
      recipient: message.recipient,
      template: message.template,
      params: jsonText({
        ...message.params,
        ...(message.applicationId ? { applicationId: message.applicationId } : {}),
      }),
      created_at: at,
    })
    .execute();
}

export interface DispatchReport {
  sent: number;
  failed: number;
}

export interface DispatchOptions {
  /** Messages per transaction. */
  batch?: number;
  /**
   * Batches per call: a round goes on while its batches come back full, up to this bound, so a
   * backlog drains within a round (20 × 50 = 1,000 messages, 500/s at the worker's 2 s) yet one
   * round cannot hold the worker indefinitely.
   */
  maxBatches?: number;
}

/**
 * Sends what is waiting, SMS first: one-time codes for login and signing expire in minutes and a
 * citizen waits for them, while cabinet notifications are only read later, so a backlog of
 * notifications must never hold a code back. Batches repeat while they come back full (see
 * DispatchOptions). A message that fails is not tried again in the same call: it keeps its pace
 * of one attempt per round, ten rounds at most. Once the gateway fails transiently (down, slow,
 * 5xx) no further SMS is tried in this call: they wait for the next round instead of each
 * waiting out the timeout, and their attempts are not counted.
 */
export async function dispatchOutbox(
  database: Database,
  registries: Registries,
  sms: SmsGateway,
  now: () => Date,
  { batch = 50, maxBatches = 20 }: DispatchOptions = {},
): Promise<DispatchReport> {
  const report: DispatchReport = { sent: 0, failed: 0 };
  const failedIds: number[] = [];
  const round: Round = { gatewayDown: false };
  for (let n = 0; n < maxBatches; n++) {
    const done = await dispatchBatch(database, registries, sms, now, batch, failedIds, round);
    report.sent += done.sent;
    report.failed += done.failedIds.length;
    failedIds.push(...done.failedIds);
    // Not full: nothing more is waiting, or another dispatcher holds the rest (skip locked).
    if (done.sent + done.failedIds.length < batch) break;
  }
  return report;
}

interface Round {
  /** The gateway failed transiently in this call: no more SMS until the next round. */
  gatewayDown: boolean;
}

/**
 * One batch in one transaction. The SMS parameters (one-time codes) are erased once sent: the
 * code is kept only as a hash. SMS go to the recipient's БМГ phone in Kazakh and Russian (the
 * recipient's language is not known to the gateway); cabinet messages become notifications.
 */
async function dispatchBatch(
  database: Database,
  registries: Registries,
  sms: SmsGateway,
  now: () => Date,
  batch: number,
  exclude: readonly number[],
  round: Round,
): Promise<{ sent: number; failedIds: number[] }> {
  // SMS first, then cabinet messages to fill the batch, each in the order written. Two indexed
  // reads (outbox_unsent) rather than one sorted by channel, which would sort the whole backlog.
  const unsent = (channel: Channel, limit: number) => {
    let query = database.db
      .selectFrom('outbox')
      .select(['id', 'channel', 'recipient'])
      .where('sent_at', 'is', null)
      .where('attempts', '<', MAX_ATTEMPTS)
      .where('delivery_status', 'is', null)
      .where('channel', '=', channel);
    if (exclude.length > 0) query = query.where('id', 'not in', [...exclude]);
    return query.orderBy('id').limit(limit).execute();
  };
  const smsFirst = round.gatewayDown ? [] : await unsent('sms', batch);
  const waiting =
    smsFirst.length < batch ? [...smsFirst, ...(await unsent('cabinet', batch - smsFirst.length))] : smsFirst;
  if (waiting.length === 0) return { sent: 0, failedIds: [] };
  // Phones are looked up before the transaction: a registry call must not wait on a lock this
  // transaction holds (PGlite has a single session).
  const phones = new Map<string, string | null>();
  for (const row of waiting) {
    if (row.channel === 'sms' && !phones.has(row.recipient)) {
      phones.set(row.recipient, (await registries.phones.phoneOf(row.recipient))?.phone ?? null);
    }
  }
  return inTransaction(database, async (tx) => {
    const rows = await tx
      .selectFrom('outbox')
      .selectAll()
      .where(
        'id',
        'in',
        waiting.map((w) => w.id),
      )
      .where('sent_at', 'is', null)
      .orderBy('id')
      .forUpdate()
      .skipLocked()
      .execute();
    // Codes out first within the batch too (stable: each channel stays in the order written).
    rows.sort((a, b) => Number(a.channel !== 'sms') - Number(b.channel !== 'sms'));
    let sent = 0;
    const failedIds: number[] = [];
    for (const row of rows) {
      const params = row.params;
      // Left for the next round as it is (locked by this batch, so not taken by another one).
      if (row.channel === 'sms' && round.gatewayDown) continue;
      let receipt: SmsReceipt = { status: 'delivered' };
      try {
        if (row.channel === 'cabinet') {
          const { applicationId, ...rest } = params;
          await tx
            .insertInto('notifications')
            .values({
              recipient: row.recipient,
              template: row.template,
              params: jsonText(rest),
              application_id: typeof applicationId === 'string' ? applicationId : null,
              created_at: now(),
            })
            .execute();
        } else {
          const phone = phones.get(row.recipient);
          // Not the gateway's fault: a phone may be bound in БМГ before the next round.
          if (!phone) throw new SmsDeliveryError('no-phone', false);
          const key = row.template as MessageKey;
          const text = `${translate('kk', key, params)}\n${translate('ru', key, params)}`;
          receipt = await sms.send({ id: row.message_key, phone, text }).catch((error: unknown) => {
            if (!(error instanceof SmsDeliveryError && error.permanent)) round.gatewayDown = true;
            throw error;
          });
        }
        await tx
          .updateTable('outbox')
          .set({
            sent_at: now(),
            attempts: row.attempts + 1,
            delivery_status: receipt.status,
            gateway_message_id: receipt.gatewayMessageId ?? null,
            ...(row.channel === 'sms' ? { params: jsonText({}) } : {}),
          })
          .where('id', '=', row.id)
          .execute();
        sent++;
      } catch (error) {
        failedIds.push(row.id);
        const attempts = row.attempts + 1;
        const givenUp = (error instanceof SmsDeliveryError && error.permanent) || attempts >= MAX_ATTEMPTS;
        await tx
          .updateTable('outbox')
          .set({
            attempts,
            last_error: (error as Error).name,
            // A code, never the error's message: it may hold data.
            last_error_code: error instanceof SmsDeliveryError ? error.code : (error as Error).name,
            // A code that will never be sent is not kept.
            ...(givenUp
              ? { delivery_status: 'failed' as const, ...(row.channel === 'sms' ? { params: jsonText({}) } : {}) }
              : {}),
          })
          .where('id', '=', row.id)
          .execute();
      }
    }
    return { sent, failedIds };
  });
}
