import type { securityH4En } from './security-h4-en.ts';

export const securityH4Kk: Record<keyof typeof securityH4En, string> = {
  'crl-expired':
    'Қазір сертификаттарды тексеру мүмкін емес: қызметтегі кері қайтарылған сертификаттар тізімі ескірген. Кейінірек қайталап көріңіз немесе SMS арқылы келген кодты пайдаланыңыз.',
};
