// Жұмыс режимінің (NODE_ENV=production) хабарлары: ол қандай баптаулармен іске қосылмайды.
import type { productionEn } from './production-en.ts';

export const productionKk: Record<keyof typeof productionEn, string> = {
  'unsafe-production-config':
    'Жұмыс режимі {variable} баптауының мұндай мәнімен іске қосылмайды: {detail, select, dev_sms {сынақ SMS қабылдағышы барлық бір реттік кодтарды кез келген адамға көрсетеді; SMS шлюзінің https мекенжайын көрсетіңіз} sms_token_missing {SMS шлюзіне оның кіру кілті керек} test_ca_trust {онсыз сынақ куәландырушы орталыққа сенім білдірілер еді; ҰКО сертификаттары мен кері қайтарып алу тізімдерінің каталогын көрсетіңіз} generated_secret {онсыз құпия кілт осы машинада жасалар еді; кемінде 32 таңбалы құпия кілтті көрсетіңіз} public_url_missing {анықтамалардың QR кодтары үшін қызметтің жария мекенжайы керек} public_url_not_https {жария мекенжай https:// деп басталуы керек} test_ca_seal {онсыз мөрді сынақ куәландырушы орталық жасар еді; қызмет мөрінің каталогын көрсетіңіз} test_ca_command {сынақ куәландырушы орталығы (tirkeu pki) тек әзірлеу мен көрсетілімге арналған} other {{detail}}}.{more, plural, =0 {} other { Сондай-ақ түзетіңіз: {others}.}}',
};
