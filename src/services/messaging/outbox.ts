// The outbox: messages are written in the transaction of the change that causes them and sent
// afterwards by the dispatcher, so a crash can delay a message but never lose it or send one for
// a change that rolled back. Delivery is at least once: every attempt of an SMS carries the
// message's key, so the gateway drops a repeat (after a crash between sending and committing).
// What the gateway answered is stored per message (delivery_status, gateway_message_id,
// last_error_code); a message the gateway refused, or that failed MAX_ATTEMPTS times, is failed.
import type { Selectable } from 'kysely';
import { type Database } from '../../db/database.ts';
import { jsonText } from '../../db/json-column.ts';
import type { Schema } from '../../db/schema.ts';
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
    // Not full: nothing more was waiting. (A full batch partly taken by another dispatcher
    // still counts as full: more may be waiting behind it.)
    if (done.seen < batch) break;
  }
  return report;
}

interface Round {
  /** The gateway failed transiently in this call: no more SMS until the next round. */
  gatewayDown: boolean;
}

/**
 * One batch: cabinet messages together in one transaction (they only write rows, so all of them
 * commit or none), each SMS in a transaction of its own. An SMS leaves the machine before its row
 * is marked sent: were a batch of SMS marked in one transaction, a database error at its end
 * would roll back every mark and the next round would hand the whole batch to the gateway again.
 * Now that error can concern only the one message in flight, which goes again under its key.
 * SMS parameters (one-time codes) are erased once sent: the code is kept only as a hash. SMS go
 * to the recipient's БМГ phone in Kazakh and Russian (the recipient's language is not known to
 * the gateway); cabinet messages become notifications.
 */
async function dispatchBatch(
  database: Database,
  registries: Registries,
  sms: SmsGateway,
  now: () => Date,
  batch: number,
  exclude: readonly number[],
  round: Round,
): Promise<{ sent: number; failedIds: number[]; seen: number }> {
  // SMS first, then cabinet messages to fill the batch, each in the order written. Two indexed
  // reads (outbox_unsent) rather than one sorted by channel, which would sort the whole backlog.
  const unsent = (channel: Channel, limit: number) => {
    let query = database.db
      .selectFrom('outbox')
      .select(['id', 'recipient'])
      .where('sent_at', 'is', null)
      .where('attempts', '<', MAX_ATTEMPTS)
      .where('delivery_status', 'is', null)
      .where('channel', '=', channel);
    if (exclude.length > 0) query = query.where('id', 'not in', [...exclude]);
    return query.orderBy('id').limit(limit).execute();
  };
  const smsRows = round.gatewayDown ? [] : await unsent('sms', batch);
  const cabinetRows = smsRows.length < batch ? await unsent('cabinet', batch - smsRows.length) : [];
  // Phones are looked up before any transaction: a registry call must not wait on a lock a
  // transaction of ours holds (PGlite has a single session).
  const phones = new Map<string, string | null>();
  for (const row of smsRows) {
    if (!phones.has(row.recipient)) {
      phones.set(row.recipient, (await registries.phones.phoneOf(row.recipient))?.phone ?? null);
    }
  }
  const result = { sent: 0, failedIds: [] as number[], seen: smsRows.length + cabinetRows.length };
  const candidates = smsRows.map((r) => r.id);
  // Until the gateway fails transiently in this round: then the rest wait for the next one.
  while (candidates.length > 0 && !round.gatewayDown) {
    const outcome = await inTransaction(database, async (tx) => {
      // The first candidate nobody else holds: two dispatchers reading the same candidates then
      // take turns, one message each, instead of queueing behind each other's locks.
      const [row] = await lockUnsent(tx, candidates, 1);
      if (!row) return 'none' as const;
      candidates.splice(candidates.indexOf(row.id), 1);
      const sent = await deliver(tx, row, now, () => sendSms(sms, row, phones.get(row.recipient), round));
      return { id: row.id, sent };
    });
    // The rest are held by another dispatcher, or sent since they were read.
    if (outcome === 'none') break;
    if (outcome.sent === 'sent') result.sent++;
    else result.failedIds.push(outcome.id);
  }
  if (cabinetRows.length > 0) {
    await inTransaction(database, async (tx) => {
      const rows = await lockUnsent(
        tx,
        cabinetRows.map((r) => r.id),
      );
      for (const row of rows) {
        const outcome = await deliver(tx, row, now, () => notify(tx, row, now));
        if (outcome === 'sent') result.sent++;
        else result.failedIds.push(row.id);
      }
    });
  }
  return result;
}

type OutboxRow = Selectable<Schema['outbox']>;

/**
 * The rows still unsent, locked for this transaction; rows another dispatcher holds are skipped,
 * so several workers (processes) share the queue without taking the same message.
 */
function lockUnsent(tx: Tx, ids: number[], limit = ids.length): Promise<OutboxRow[]> {
  return tx
    .selectFrom('outbox')
    .selectAll()
    .where('id', 'in', ids)
    .where('sent_at', 'is', null)
    .where('delivery_status', 'is', null)
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

async function sendSms(
  sms: SmsGateway,
  row: OutboxRow,
  phone: string | null | undefined,
  round: Round,
): Promise<SmsReceipt> {
  // Not the gateway's fault: a phone may be bound in БМГ before the next round.
  if (!phone) throw new SmsDeliveryError('no-phone', false);
  const key = row.template as MessageKey;
  const text = `${translate('kk', key, row.params)}\n${translate('ru', key, row.params)}`;
  // The message key, the same on every attempt, lets the gateway drop a repeat.
  return sms.send({ id: row.message_key, phone, text }).catch((error: unknown) => {
    if (!(error instanceof SmsDeliveryError && error.permanent)) round.gatewayDown = true;
    throw error;
  });
}

async function notify(tx: Tx, row: OutboxRow, now: () => Date): Promise<SmsReceipt> {
  const { applicationId, ...rest } = row.params;
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
  return { status: 'delivered' };
}

/** Makes one attempt at a locked row and records its outcome on the row, in the same transaction. */
async function deliver(
  tx: Tx,
  row: OutboxRow,
  now: () => Date,
  attempt: () => Promise<SmsReceipt>,
): Promise<'sent' | 'failed'> {
  const attempts = row.attempts + 1;
  try {
    const receipt = await attempt();
    await tx
      .updateTable('outbox')
      .set({
        sent_at: now(),
        attempts,
        delivery_status: receipt.status,
        gateway_message_id: receipt.gatewayMessageId ?? null,
        ...(row.channel === 'sms' ? { params: jsonText({}) } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    return 'sent';
  } catch (error) {
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
    return 'failed';
  }
}
