// HTTP қорғауының хабарлары, H2 бөлігі (issue 14): басқа сайттардан келген сұраулар.
import type { securityH2En } from './security-h2-en.ts';

export const securityH2Kk: Record<keyof typeof securityH2En, string> = {
  'cross-origin-request':
    'Сұрау басқа сайттан келді, сондықтан жүйеге кіруіңіз пайдаланылмады. Қызметті өз мекенжайы бойынша ашыңыз немесе қолжеткізу токенін жіберіңіз.',
};
