import type { ownerEn } from './owner-en.ts';

export const ownerRu: Record<keyof typeof ownerEn, string> = {};
