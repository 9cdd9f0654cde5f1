// The arrival coupon (статистический талон прибытия, P7). The field list is law, not code: it
// lives in this one schema so an amendment changes one place, and the API, the pages and the
// stored application all follow it. Codes, not free text, wherever the statistics need them.
import { z } from 'zod';
import { isoDateSchema } from './date-schema.ts';
import { plainText } from './text.ts';

export const ARRIVAL_REASONS = ['work', 'study', 'family', 'marriage', 'return', 'housing', 'other'] as const;
export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'basic-secondary',
  'general-secondary',
  'vocational',
  'higher',
  'postgraduate',
] as const;
export const OCCUPATIONS = [
  'employed',
  'self-employed',
  'student',
  'pupil',
  'pensioner',
  'unemployed',
  'homemaker',
  'preschool-child',
  'other',
] as const;
export const FAMILY_STATUSES = ['never-married', 'married', 'divorced', 'widowed'] as const;

const isoDate = isoDateSchema;
// Names and addresses: no controls, broken encoding or invisible characters (issue 14, finding 5:
// a U+202E in a street name would show reversed on the consent page the owner signs).
const text = plainText;

export const arrivalCouponSchema = z.strictObject({
  previousAddress: z.strictObject({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2 code')
      .default('KZ'),
    region: text(120).optional(),
    locality: text(120),
    street: text(200).optional(),
  }),
  // F4: the application is due within 10 calendar days of arrival.
  arrivalDate: isoDate,
  arrivalReason: z.enum(ARRIVAL_REASONS),
  education: z.enum(EDUCATION_LEVELS),
  occupation: z.enum(OCCUPATIONS),
  familyStatus: z.enum(FAMILY_STATUSES),
});

export type ArrivalCoupon = z.infer<typeof arrivalCouponSchema>;

/** F4: days between arrival and application; more than 10 is late (reported, not refused). */
export function arrivalDelay(coupon: ArrivalCoupon, applicationDate: string): { days: number; late: boolean } {
  const days = Math.round((Date.parse(applicationDate) - Date.parse(coupon.arrivalDate)) / 86_400_000);
  return { days, late: days > 10 };
}
