// Issue 17 item 5: what an uploaded e-copy must be before it is kept — not empty, not over the
// size limit, of an accepted type by its content, and a document the chosen variant needs.
import type { ServiceDefinition } from '../public-services/definition.ts';
import { detectMediaType, type DocumentMediaType } from './file-type.ts';
import { type ApplicantStatements, documentsNeeded } from './required.ts';

/** 10 MiB: a scanned act of a few pages; larger files are refused before they are read whole. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type UploadProblem =
  | { readonly code: 'case-document.empty' }
  | { readonly code: 'case-document.too-large'; readonly limitMb: number }
  | { readonly code: 'case-document.wrong-type' }
  | { readonly code: 'case-document.not-needed'; readonly kind: string };

export type UploadCheck =
  | { readonly ok: true; readonly mediaType: DocumentMediaType }
  | { readonly ok: false; readonly problem: UploadProblem };

export function checkUpload(
  definition: ServiceDefinition,
  variant: string,
  statements: ApplicantStatements,
  kind: string,
  content: Uint8Array,
): UploadCheck {
  if (!documentsNeeded(definition, variant, statements).some((d) => d.id === kind))
    return { ok: false, problem: { code: 'case-document.not-needed', kind } };
  if (content.length === 0) return { ok: false, problem: { code: 'case-document.empty' } };
  if (content.length > MAX_DOCUMENT_BYTES)
    return { ok: false, problem: { code: 'case-document.too-large', limitMb: MAX_DOCUMENT_BYTES / (1024 * 1024) } };
  const mediaType = detectMediaType(content);
  if (!mediaType) return { ok: false, problem: { code: 'case-document.wrong-type' } };
  return { ok: true, mediaType };
}
