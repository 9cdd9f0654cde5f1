import type { ownerEn } from './owner-en.ts';

export const ownerKk: Record<keyof typeof ownerEn, string> = {};
