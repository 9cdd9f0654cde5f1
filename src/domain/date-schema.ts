// A calendar date as input gives it (a scenario file, an arrival coupon): the 'YYYY-MM-DD' of a
// real day, read as an IsoDate so that what the schema accepted needs no cast downstream.
import { z } from 'zod';
import { parseIsoDate } from './dates.ts';

export const isoDateSchema = z.string().transform((text, ctx) => {
  const date = parseIsoDate(text);
  if (date === null) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be a date YYYY-MM-DD',
      params: { code: 'invalid-date' },
      input: text,
    });
  }
  return date ?? z.NEVER;
});
