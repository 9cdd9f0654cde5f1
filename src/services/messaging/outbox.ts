// The outbox: messages are written in the transaction of the change that causes them and sent
// afterwards by the dispatcher, so a crash can delay a message but never lose it or send one for
// a change that rolled back. Delivery is at least once.
import { type Database } from '../../db/database.ts';
import { type MessageKey, translate } from '../../i18n/messages.ts';
import type { Registries } from '../../registries/ports.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import type { SmsGateway } from './sms-gateway.ts';

export type Channel = 'sms' | 'cabinet';

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
      params: JSON.stringify({
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

/**
 * Sends what is waiting. SMS go to the recipient's БМГ phone in Kazakh and Russian (the
 * recipient's language is not known to the gateway); cabinet messages become notifications.
 * The SMS parameters (one-time codes) are erased once sent: the code is kept only as a hash.
 */
export async function dispatchOutbox(
  database: Database,
  registries: Registries,
  sms: SmsGateway,
  now: () => Date,
  batch = 50,
): Promise<DispatchReport> {
  // Phones are looked up before the transaction: a registry call must not wait on a lock this
  // transaction holds (PGlite has a single session).
  const waiting = await database.db
    .selectFrom('outbox')
    .select(['id', 'channel', 'recipient'])
    .where('sent_at', 'is', null)
    .where('attempts', '<', 10)
    .orderBy('id')
    .limit(batch)
    .execute();
  if (waiting.length === 0) return { sent: 0, failed: 0 };
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
    let sent = 0;
    let failed = 0;
    for (const row of rows) {
      const params = row.params;
      try {
        if (row.channel === 'cabinet') {
          const { applicationId, ...rest } = params;
          await tx
            .insertInto('notifications')
            .values({
              recipient: row.recipient,
              template: row.template,
              params: JSON.stringify(rest),
              application_id: typeof applicationId === 'string' ? applicationId : null,
              created_at: now(),
            })
            .execute();
        } else {
          const phone = phones.get(row.recipient);
          if (!phone) throw new Error('no phone bound in БМГ');
          const key = row.template as MessageKey;
          await sms.send({ phone, text: `${translate('kk', key, params)}\n${translate('ru', key, params)}` });
        }
        await tx
          .updateTable('outbox')
          .set({ sent_at: now(), attempts: row.attempts + 1, ...(row.channel === 'sms' ? { params: '{}' } : {}) })
          .where('id', '=', row.id)
          .execute();
        sent++;
      } catch (error) {
        failed++;
        await tx
          .updateTable('outbox')
          .set({ attempts: row.attempts + 1, last_error: (error as Error).name })
          .where('id', '=', row.id)
          .execute();
      }
    }
    return { sent, failed };
  });
}
