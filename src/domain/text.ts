// Text as it may enter the service (issue 14): NFC-normalised, and free of characters that have
// no place in a registration — control characters (NUL breaks PostgreSQL text and jsonb), lone
// UTF-16 surrogates (not Unicode at all), and in names, addresses and free text the invisible
// characters that make one text look like another: bidi overrides, embeddings, isolates and
// marks, zero-width characters, the byte-order mark and the replacement character left by a
// broken encoding. Pure: the HTTP boundary and the domain schemas share it.
import { z } from 'zod';

/** C0 and C1 controls (tab and newline included: no field here is multi-line) and DEL. */
// eslint-disable-next-line no-control-regex -- finding these characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Bidi marks, embeddings, overrides and isolates; zero-width characters; BOM; U+FFFD. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD]/u;

export type TextProblem = 'control' | 'surrogate' | 'invisible';

/**
 * What is wrong with a text, if anything. `plain` (names, addresses, free text) also refuses the
 * invisible characters; every text refuses controls and lone surrogates.
 */
export function textProblem(value: string, options: { plain: boolean }): TextProblem | null {
  // Tested before the others: a regex with the u flag reads a lone surrogate as a code point.
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  if (CONTROL.test(value)) return 'control';
  if (options.plain && INVISIBLE.test(value)) return 'invisible';
  return null;
}

/** NFC, the one form stored and compared (a letter typed precomposed or decomposed is one). */
export function normalizeText(value: string): string {
  return value.normalize('NFC');
}

/**
 * A name, an address or free text (1..max characters after trimming), refused when it holds
 * controls, lone surrogates or invisible characters; the message is the catalog key
 * `invalid-text`. NFC is applied at the boundary (src/http/json-body.ts, the pages' forms).
 */
export function plainText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => textProblem(s, { plain: true }) === null, { message: 'invalid-text' });
}
