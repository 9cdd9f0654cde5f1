import type { consoleEn } from './console-en.ts';

export const consoleRu: Record<keyof typeof consoleEn, string> = {};
