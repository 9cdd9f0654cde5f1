import type { wizardEn } from './wizard-en.ts';

export const wizardKk: Record<keyof typeof wizardEn, string> = {};
