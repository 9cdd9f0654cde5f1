import type { revocationEn } from './revocation-en.ts';

export const revocationKk: Record<keyof typeof revocationEn, string> = {
  'crl-expired':
    'Қазір сертификаттарды тексеру мүмкін емес: қызметтегі кері қайтарылған сертификаттар тізімі ескірген. Кейінірек қайталап көріңіз немесе SMS арқылы келген кодты пайдаланыңыз.',
};
