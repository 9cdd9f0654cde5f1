import type { consoleEn } from './console-en.ts';

export const consoleKk: Record<keyof typeof consoleEn, string> = {};
