// Requests from other sites (issue 14), in Kazakh.
import type { crossOriginEn } from './cross-origin-en.ts';

export const crossOriginKk: Record<keyof typeof crossOriginEn, string> = {
  'cross-origin-request':
    'Сұрау басқа сайттан келді, сондықтан жүйеге кіруіңіз пайдаланылмады. Қызметті өз мекенжайы бойынша ашыңыз немесе қолжеткізу токенін жіберіңіз.',
};
