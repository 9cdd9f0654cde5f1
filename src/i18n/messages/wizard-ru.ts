import type { wizardEn } from './wizard-en.ts';

export const wizardRu: Record<keyof typeof wizardEn, string> = {};
