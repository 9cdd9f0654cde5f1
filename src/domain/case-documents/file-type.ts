// Issue 17 item 5: the type of an uploaded e-copy is read from its first bytes (the "magic
// number"), never from its file name or the type the browser declares, which the sender chooses.

/** The types an e-copy may be (004 L1 r.8 asks for e-copies; Tirkeu takes PDF and photos). */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

const SIGNATURES: readonly { readonly type: DocumentMediaType; readonly bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The media type the content starts as, or null when it is none of the accepted ones. */
export function detectMediaType(content: Uint8Array): DocumentMediaType | null {
  const match = SIGNATURES.find((s) => s.bytes.length <= content.length && s.bytes.every((b, i) => content[i] === b));
  return match?.type ?? null;
}
