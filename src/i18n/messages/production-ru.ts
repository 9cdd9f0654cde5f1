// Сообщения режима эксплуатации (NODE_ENV=production): настройки, с которыми он не запускается.
import type { productionEn } from './production-en.ts';

export const productionRu: Record<keyof typeof productionEn, string> = {
  'unsafe-production-config':
    'Рабочий режим не запускается с такой настройкой {variable}: {detail, select, dev_sms {тестовый приёмник SMS показывает любому все одноразовые коды; укажите https-адрес SMS-шлюза} sms_not_https {коды и номера телефонов передавались бы открыто: укажите адрес https:// (простой http — только для ретранслятора на этой машине)} sms_token_missing {для SMS-шлюза нужен его ключ доступа} test_ca_trust {без неё доверенным был бы тестовый удостоверяющий центр; укажите каталог сертификатов и списков отзыва НУЦ} generated_secret {без неё секрет был бы создан на этой машине; укажите секрет не короче 32 символов} public_url_missing {публичный адрес службы нужен для QR-кодов справок} public_url_not_https {публичный адрес должен начинаться с https://} test_ca_seal {без неё печать выпустил бы тестовый удостоверяющий центр; укажите каталог печати службы} test_ca_command {тестовый удостоверяющий центр (tirkeu pki) предназначен только для разработки и демонстраций} other {{detail}}}.{more, plural, =0 {} other { Исправьте также: {others}.}}',
};
