// Labels printed on the address certificate PDF (kk and ru on one document).
import type { certificateDocumentEn } from './certificate-document-en.ts';

export const certificateDocumentKk: Record<keyof typeof certificateDocumentEn, string> = {
  'cert-doc-service': 'Tirkeu — тұрғылықты жері бойынша электрондық тіркеу',
  'cert-doc-title': 'Мекенжай анықтамасы',
  'cert-doc-issued-at': 'Берілген уақыты',
  'cert-doc-issued-at-value': '{time} (Астана уақыты)',
  'cert-doc-as-of': 'Мәліметтер күні',
  'cert-doc-kind': 'Анықтама түрі',
  'cert-doc-kind-current': 'Қазіргі тіркеу туралы',
  'cert-doc-kind-history': 'Тіркеу тарихы',
  'cert-doc-subject': 'Тұлға туралы мәліметтер',
  'cert-doc-name': 'Тегі, аты, әкесінің аты',
  'cert-doc-iin': 'ЖСН',
  'cert-doc-birth-date': 'Туған күні',
  'cert-doc-registrations': 'Тұрғылықты жері бойынша тіркеу',
  'cert-doc-col-kind': 'Түрі',
  'cert-doc-col-address': 'Мекенжайы',
  'cert-doc-col-rka': 'РКА',
  'cert-doc-col-from': 'Тіркелген күні',
  'cert-doc-col-to': 'Аяқталу күні',
  'cert-doc-registration-permanent': 'Тұрақты тіркеу',
  'cert-doc-registration-temporary': 'Уақытша тіркеу',
  'cert-doc-sealed-by': 'Қызметтің электрондық мөрімен қол қойылған: {subject}, сериялық нөмірі {serial}.',
  'cert-doc-how-to-verify':
    'Анықтаманың түпнұсқалығын тексеру үшін QR кодты сканерлеңіз немесе анықтама нөмірін {site} сайтындағы тексеру бетіне енгізіңіз.',
  'cert-doc-attachments':
    'Анықтаманың мазмұны, мөрдің қолтаңбасы және мөрдің сертификаты осы PDF файлына тіркелген (certificate.json, certificate.sig, seal.pem).',
  'cert-doc-page': '{page}/{pages} бет',
  'cert-doc-meta-subject': 'Тұрғылықты жері бойынша тіркеу туралы анықтама {number}',
  'cert-doc-file-content': 'Анықтаманың мазмұны: мөрмен қол қойылған канондық JSON',
  'cert-doc-file-signature': 'certificate.json файлына мөрдің қолтаңбасы (ECDSA P-256, base64url)',
  'cert-doc-file-seal': 'Мөрдің сертификаты (PEM)',
};
