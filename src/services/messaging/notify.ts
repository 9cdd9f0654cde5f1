// A message about a numbered application or certificate, for the outbox: the catalog's `sms-*`
// texts go by SMS, every other one (`notify-*`, `certificate-*`) to the personal cabinet. Each
// names the application or certificate by its number, so the reader knows which one it is about.
import type { MessageKey } from '../../i18n/messages.ts';
import type { OutgoingMessage } from './outbox.ts';

export function notify(
  about: { number: string },
  template: MessageKey,
  to: string,
  params: Record<string, string | number> = {},
): OutgoingMessage {
  return {
    channel: template.startsWith('sms-') ? 'sms' : 'cabinet',
    recipient: to,
    template,
    params: { number: about.number, ...params },
  };
}
