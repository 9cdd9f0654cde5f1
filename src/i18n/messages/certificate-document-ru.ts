// Labels printed on the address certificate PDF (kk and ru on one document).
import type { certificateDocumentEn } from './certificate-document-en.ts';

export const certificateDocumentRu: Record<keyof typeof certificateDocumentEn, string> = {
  'cert-doc-service': 'Tirkeu — электронная регистрация по месту жительства',
  'cert-doc-title': 'Адресная справка',
  'cert-doc-issued-at': 'Дата и время выдачи',
  'cert-doc-issued-at-value': '{time} (время Астаны)',
  'cert-doc-as-of': 'Сведения на дату',
  'cert-doc-kind': 'Вид справки',
  'cert-doc-kind-current': 'О текущей регистрации',
  'cert-doc-kind-history': 'История регистрации',
  'cert-doc-subject': 'Сведения о лице',
  'cert-doc-name': 'Фамилия, имя, отчество',
  'cert-doc-iin': 'ИИН',
  'cert-doc-birth-date': 'Дата рождения',
  'cert-doc-registrations': 'Регистрация по месту жительства',
  'cert-doc-col-kind': 'Вид',
  'cert-doc-col-address': 'Адрес',
  'cert-doc-col-rka': 'РКА',
  'cert-doc-col-from': 'Дата регистрации',
  'cert-doc-col-to': 'Дата окончания',
  'cert-doc-registration-permanent': 'Постоянная регистрация',
  'cert-doc-registration-temporary': 'Временная регистрация',
  'cert-doc-sealed-by': 'Подписано электронной печатью сервиса: {subject}, серийный номер {serial}.',
  'cert-doc-how-to-verify':
    'Чтобы проверить подлинность справки, отсканируйте QR-код или введите номер справки на странице проверки на сайте {site}.',
  'cert-doc-attachments':
    'Содержание справки, подпись печати и сертификат печати приложены к этому PDF-файлу (certificate.json, certificate.sig, seal.pem).',
  'cert-doc-page': 'Страница {page} из {pages}',
  'cert-doc-meta-subject': 'Справка о регистрации по месту жительства {number}',
  'cert-doc-file-content': 'Содержание справки: канонический JSON, подписанный печатью',
  'cert-doc-file-signature': 'Подпись печати к файлу certificate.json (ECDSA P-256, base64url)',
  'cert-doc-file-seal': 'Сертификат печати (PEM)',
};
