// What a back-office step records when it is completed (004 cl.4): the state technical inspection
// measures the object — abris, site plan and explication — so completing `inspect` carries its
// measurements; S9c's `discrepancies` carries the conclusion's finding. The other steps pass a
// file or sign, and record nothing beyond the move itself. The output is written with the step's
// event (case_events.details.input), so the trail shows what the inspector measured.

import { parseIdentityDocument } from '../identity-document.ts';

export type OutputField =
  | { readonly name: string; readonly kind: 'area' }
  | { readonly name: string; readonly kind: 'document-number' }
  | { readonly name: string; readonly kind: 'count'; readonly max: number }
  | { readonly name: string; readonly kind: 'text'; readonly maxLength: number };

/** The fields each step records, by step id (the steps of S9 in cadastre-services.ts). */
export const STEP_OUTPUTS: Readonly<Record<string, readonly OutputField[]>> = {
  // 004 cl.4: "inspection and measurement; site plan and explication".
  inspect: [
    { name: 'totalAreaM2', kind: 'area' },
    { name: 'livingAreaM2', kind: 'area' },
    { name: 'rooms', kind: 'count', max: 500 },
    { name: 'explication', kind: 'text', maxLength: 500 },
  ],
  // 004 cl.7, Annex 3: the discrepancies entered into ЕГКН and the conclusion drawn up.
  discrepancies: [{ name: 'conclusion', kind: 'text', maxLength: 500 }],
  // 003 ¶B2 (S7): ЗАГС restores the act on the documents of items 3–12; the restoration record
  // names them (civil_act_restorations.basis, 1–500 characters).
  restore: [{ name: 'basis', kind: 'text', maxLength: 500 }],
  // 002 R1 App1 st.8: АӨО РМК produces the passport or identity card — its number is recorded.
  produce: [{ name: 'documentNumber', kind: 'document-number' }],
};

export function outputFields(step: string | null): readonly OutputField[] {
  return step === null ? [] : (STEP_OUTPUTS[step] ?? []);
}

export type OutputCheck =
  | { readonly ok: true; readonly output: Readonly<Record<string, string | number>> }
  | { readonly ok: false; readonly field: string };

/** Largest area the form accepts: larger than any building, small enough to catch a typo of digits. */
const MAX_AREA_M2 = 1_000_000;

/**
 * The step's output from the posted texts: areas in m² with at most two decimals (a comma is read
 * as the decimal mark, as Kazakh and Russian write it), a whole number of rooms, texts not empty.
 * The living area cannot exceed the total area. The first wrong field is named.
 */
export function checkStepOutput(step: string | null, posted: Readonly<Record<string, string>>): OutputCheck {
  const output: Record<string, string | number> = {};
  for (const field of outputFields(step)) {
    const text = (posted[field.name] ?? '').trim();
    const value = readField(field, text);
    if (value === null) return { ok: false, field: field.name };
    output[field.name] = value;
  }
  const total = output['totalAreaM2'];
  const living = output['livingAreaM2'];
  if (typeof total === 'number' && typeof living === 'number' && living > total)
    return { ok: false, field: 'livingAreaM2' };
  return { ok: true, output };
}

function readField(field: OutputField, text: string): string | number | null {
  switch (field.kind) {
    case 'area': {
      if (!/^\d{1,7}([.,]\d{1,2})?$/.test(text)) return null;
      const area = Number(text.replace(',', '.'));
      return area > 0 && area <= MAX_AREA_M2 ? area : null;
    }
    case 'count': {
      if (!/^\d{1,4}$/.test(text)) return null;
      const count = Number(text);
      return count >= 1 && count <= field.max ? count : null;
    }
    case 'text':
      return text.length > 0 && text.length <= field.maxLength ? text : null;
    case 'document-number': {
      // An identity card's 9 digits or a passport's N and 8 digits (identity-document.ts, C9).
      for (const type of ['id-card', 'passport'] as const) {
        const parsed = parseIdentityDocument(type, text);
        if (parsed.ok) return parsed.document.number;
      }
      return null;
    }
  }
}
