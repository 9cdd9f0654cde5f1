// C8: what the public check of an address certificate shows (issue 13). A relying party — a
// landlord, a bank, a school — needs to know whether the document is genuine, whether what it
// states still holds, and the address; and to tell it belongs to the person in front of them.
// It must not learn anything from which the IIN could be rebuilt: no IIN (not even masked), no
// birth date, no patronymic (which tells the sex, the IIN's 7th digit). The holder is named by
// surname and first-name initial only: enough to match the paper handed over, too little to
// identify anyone from a number alone. The signed content keeps everything; this is only a view.
import type { CertificateContent, CertificateKind } from './content.ts';

export interface PublicRegistration {
  kind: CertificateContent['registrations'][number]['kind'];
  city: string;
  address: string;
  from: string;
  to: string | null;
}

export interface PublicCertificate {
  number: string;
  kind: CertificateKind;
  issuedAt: string;
  asOf: string;
  /** Surname and first-name initial, e.g. "Ахметова А.". */
  holder: string;
  registrations: PublicRegistration[];
}

/**
 * "Surname Given Patronymic" (the order of ГБД ФЛ) → "Surname G.". A one-word name is the
 * surname alone. The patronymic, one word or two ("Бекұлы", "Асқар ұлы"), is never shown.
 */
export function holderOf(fullName: string): string {
  const [surname = '', given] = fullName.trim().split(/\s+/u);
  const initial = given ? [...given][0]!.toLocaleUpperCase('kk') : '';
  return initial ? `${surname} ${initial}.` : surname;
}

export function publicCertificate(content: CertificateContent): PublicCertificate {
  return {
    number: content.number,
    kind: content.kind,
    issuedAt: content.issuedAt,
    asOf: content.asOf,
    holder: holderOf(content.subject.name),
    registrations: content.registrations.map((r) => ({
      kind: r.kind,
      city: r.city,
      address: r.address,
      from: r.from,
      to: r.to,
    })),
  };
}
