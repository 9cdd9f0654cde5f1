// Texts of the wizard pages (English). Keys are prefixed by area; ru and kk define the same keys.
export const wizardEn = {} as const;
