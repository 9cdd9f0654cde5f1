// Texts of the owner pages (English). Keys are prefixed by area; ru and kk define the same keys.
export const ownerEn = {} as const;
