// Texts of the console pages (English). Keys are prefixed by area; ru and kk define the same keys.
export const consoleEn = {} as const;
