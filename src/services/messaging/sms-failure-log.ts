// An operator must see that SMS are not going out (a wrong token, the gateway down) without the
// log ever holding a phone, a text or the gateway's answer: each failed send is logged as its
// code, whether it will be retried, and the message key (which identifies the outbox row only).
import type { Logger } from '../../log.ts';
import { SmsDeliveryError, type SmsGateway } from './sms-gateway.ts';

export function withFailureLog(gateway: SmsGateway, logger: Logger): SmsGateway {
  return {
    async send(message) {
      try {
        return await gateway.send(message);
      } catch (error) {
        const known = error instanceof SmsDeliveryError;
        logger.warn(
          {
            messageKey: message.id,
            code: known ? error.code : 'unexpected',
            permanent: known ? error.permanent : false,
          },
          'SMS not sent',
        );
        throw error;
      }
    },
  };
}
