// Nothing personal in logs: a failed SMS is logged as its code and message key, never the phone,
// the text or the gateway's answer.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger } from '../../../src/log.ts';
import { withFailureLog } from '../../../src/services/messaging/sms-failure-log.ts';
import { SmsDeliveryError, type SmsGateway } from '../../../src/services/messaging/sms-gateway.ts';

const message = { id: '0b7e4c1a-0000-4000-8000-00000000abcd', phone: '+77011234567', text: 'Код: 654321' };

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write: (chunk: Buffer, _e, done) => {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('info', sink) };
}

describe('SMS failures in the log', () => {
  it('logs the code, whether it is retried and the message key; no phone, no text', async () => {
    const { lines, logger } = capture();
    const refusing: SmsGateway = { send: () => Promise.reject(new SmsDeliveryError('http-401', true)) };
    await assert.rejects(withFailureLog(refusing, logger).send(message), SmsDeliveryError);
    assert.equal(lines.length, 1);
    assert.deepEqual(
      { code: lines[0]!['code'], permanent: lines[0]!['permanent'], messageKey: lines[0]!['messageKey'] },
      { code: 'http-401', permanent: true, messageKey: message.id },
    );
    assert.doesNotMatch(JSON.stringify(lines), /77011234567|654321/);
  });

  it('logs nothing when the message is sent, and passes the receipt on', async () => {
    const { lines, logger } = capture();
    const taking: SmsGateway = { send: () => Promise.resolve({ status: 'accepted', gatewayMessageId: 'g1' }) };
    assert.deepEqual(await withFailureLog(taking, logger).send(message), {
      status: 'accepted',
      gatewayMessageId: 'g1',
    });
    assert.equal(lines.length, 0);
  });
});
