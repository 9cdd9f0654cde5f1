// ГБД ЮЛ, the state database of legal entities, as the rules see one entity (issue 19 item 2):
// its BIN, its names in Kazakh and Russian, legal form, registration date, whether it is active
// or liquidated, its head (a person of ГБД ФЛ) and its legal address (an РКА when the address
// register has the object). S6 and S8 are filed by legal entities (services.md S6 Applicant,
// S8 Applicant), and services.md §2 names ГБД ЮЛ among the systems asked.
//
// A registry answer is data from another state system: `readLegalEntity` checks every field
// before the rules see it, and a malformed answer becomes a coded error at the registry port
// (`registry-answer-invalid`), never a half-trusted value.
import { z } from 'zod';
import { type Bin, parseBin } from './bin.ts';
import { isoDateSchema } from './date-schema.ts';
import type { IsoDate } from './dates.ts';
import { type Iin, parseIin } from './iin.ts';
import { isRka } from './rka.ts';

/** Organisational and legal forms the generated register uses (Civil Code names in docs). */
export const LEGAL_FORMS = [
  'llp',
  'jsc',
  'production-cooperative',
  'public-association',
  'foundation',
  'state-enterprise',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export type LegalEntityStatus = { kind: 'active' } | { kind: 'liquidated'; on: IsoDate };

export interface LegalEntity {
  bin: Bin;
  name: { kk: string; ru: string };
  legalForm: LegalForm;
  registeredOn: IsoDate;
  status: LegalEntityStatus;
  /** IIN of the first head (director, chair), who acts for the entity without a power of attorney. */
  head: Iin;
  /** The legal address as registered; `rka` when the address register has the object. */
  address: { text: string; rka: string | null };
}

const bin = z.string().transform((text, ctx) => {
  const parsed = parseBin(text);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem, input: text });
  return parsed.ok ? parsed.bin : z.NEVER;
});
const iin = z.string().transform((text, ctx) => {
  const parsed = parseIin(text);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem, input: text });
  return parsed.ok ? parsed.iin : z.NEVER;
});
const name = z.string().trim().min(1).max(500);

const legalEntitySchema = z
  .strictObject({
    bin,
    name: z.strictObject({ kk: name, ru: name }),
    legalForm: z.enum(LEGAL_FORMS),
    registeredOn: isoDateSchema,
    status: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('active') }),
      z.strictObject({ kind: z.literal('liquidated'), on: isoDateSchema }),
    ]),
    head: iin,
    address: z.strictObject({
      text: z.string().trim().min(1).max(500),
      rka: z.string().refine(isRka, 'РКА of 16 digits').nullable(),
    }),
  })
  .refine((e) => e.status.kind === 'active' || e.status.on >= e.registeredOn, {
    path: ['status', 'on'],
    message: 'liquidated before it was registered',
  });

export type LegalEntityAnswer = { ok: true; entity: LegalEntity } | { ok: false; field: string };

/** Checks one answer of ГБД ЮЛ; the first wrong field as a dotted path when it is malformed. */
export function readLegalEntity(answer: unknown): LegalEntityAnswer {
  const parsed = legalEntitySchema.safeParse(answer);
  if (parsed.success) return { ok: true, entity: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: issue && issue.path.length > 0 ? issue.path.join('.') : '(answer)' };
}

/** Is the entity registered and not liquidated on the date (a liquidated entity files nothing). */
export function isActiveOn(entity: LegalEntity, date: IsoDate): boolean {
  if (entity.registeredOn > date) return false;
  return entity.status.kind === 'active' || entity.status.on > date;
}

/** The order every implementation lists entities in: by BIN. */
export function compareLegalEntities(a: LegalEntity, b: LegalEntity): number {
  return a.bin < b.bin ? -1 : a.bin > b.bin ? 1 : 0;
}
