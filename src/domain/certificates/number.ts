// C7: certificate numbers. A number is printed, typed by a landlord or a bank into the public
// verification page and read over the phone, so it is short, case-free and has a check symbol.
// It is random (55 bits), not sequential: the verification page shows a certificate's content to
// whoever has its number, so numbers must not be guessable or enumerable.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U
const PREFIX = 'AC';
const BODY_LENGTH = 11;

export type CertificateNumber = string & { readonly __certificateNumber: true };

/** A number from at least 7 random bytes (only the first 55 bits are used). */
export function certificateNumberFrom(random: Uint8Array): CertificateNumber {
  if (random.length < 7) throw new RangeError('a certificate number needs 7 random bytes');
  let bits = 0n;
  for (const byte of random.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 1n; // 56 → 55 bits
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) {
    body = ALPHABET[Number(bits & 31n)]! + body;
    bits >>= 5n;
  }
  return format(body + checkSymbol(body));
}

/**
 * Reads a number as people type it: any case, with or without the prefix, dashes or spaces, and
 * with the letters Crockford maps (O→0, I/L→1). Null when it is not a number or its check fails.
 */
export function parseCertificateNumber(input: string): CertificateNumber | null {
  if (input.length > 40) return null;
  let text = input.toUpperCase().replace(/[\s-]/g, '');
  // A body may itself begin with the prefix's letters ("AC-AC00-…" typed without "AC-"), so the
  // prefix is taken off only when the length says it is there.
  if (text.length === PREFIX.length + BODY_LENGTH + 1 && text.startsWith(PREFIX)) text = text.slice(PREFIX.length);
  text = text.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (text.length !== BODY_LENGTH + 1) return null;
  const body = text.slice(0, BODY_LENGTH);
  if (![...body].every((c) => ALPHABET.includes(c))) return null;
  return checkSymbol(body) === text.slice(BODY_LENGTH) ? format(text) : null;
}

/**
 * Luhn mod 32: catches every single wrong symbol and most swaps of neighbours, and stays inside
 * the alphabet (Crockford's own mod-37 check adds symbols such as * and $ that URLs and people
 * handle badly).
 */
function checkSymbol(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    const addend = factor * ALPHABET.indexOf(body[i]!);
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

function format(symbols: string): CertificateNumber {
  return `${PREFIX}-${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}` as CertificateNumber;
}
