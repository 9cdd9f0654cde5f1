// РКА, the code of a real-estate object in the address register: 16 digits.
export function isRka(value: string): boolean {
  return /^[0-9]{16}$/.test(value);
}
