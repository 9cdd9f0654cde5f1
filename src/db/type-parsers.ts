// How column values come back from either engine. Dates stay 'YYYY-MM-DD' strings: a JS Date
// would shift them by the server's or the client's time zone.
export const OID = { int8: 20, date: 1082, numeric: 1700 } as const;

export const TYPE_PARSERS: Record<number, (value: string) => unknown> = {
  [OID.date]: (value) => value,
  [OID.numeric]: (value) => Number.parseFloat(value),
  // Counts and identities in this system stay far below 2^53.
  [OID.int8]: (value) => Number.parseInt(value, 10),
};
