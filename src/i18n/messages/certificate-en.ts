// Address certificates (docs/address-certificates.md): refusals, the seal and the public
// verification page.
export const certificateEn = {
  // The seal (C7)
  'seal-missing': 'The service seal is not in {dir}: put seal.pem and seal-key.pem there.',
  'seal-unreadable': 'The service seal in {dir} cannot be read.',
  'seal-signature-invalid': 'The seal signature does not match the certificate: it is forged or was changed.',
  'seal-untrusted': 'The certificate was not sealed by a trusted authority.',
  'seal-expired': 'The seal was not valid when the certificate was issued.',
  'seal-revoked': 'The seal that signed the certificate has been revoked.',
  // Refusals (C1–C6)
  'certificate.subject-unknown': 'There is no person with this IIN in the state register of individuals.',
  'certificate.birth-act-too-early':
    'Online, a parent can get a certificate only for a child whose birth record was registered on or after 13 August 2007. Apply at a service centre (ЦОН) with the birth certificate.',
  'certificate.marriage-too-early':
    'Online, a certificate for a spouse is available only if the marriage was registered in 2008 or later. Apply at a service centre (ЦОН) with the marriage certificate.',
  'certificate.marriage-dissolved':
    'The marriage with this person has been dissolved, so the certificate cannot be issued to you online.',
  'certificate.not-entitled':
    'Online you can get a certificate for yourself, your child or your spouse. For anyone else, apply at a service centre (ЦОН) with their notarised consent or a power of attorney.',
  'certificate.no-current-registration': 'The person has no current registration at a place of residence.',
  'certificate.no-registration-history': 'The register holds no registration of this person.',
  'certificate.address-unknown':
    'An address of this person’s registration is missing from the address register. Apply at a service centre (ЦОН) to have it corrected.',
  'certificate-not-found': 'No certificate with this number was issued.',
  'certificate-number-invalid':
    'This is not a certificate number. It looks like AC-XXXX-XXXX-XXXX: letters and digits, printed under the title.',
  'certificate-content-malformed': 'The certificate data is damaged or not in the signed form.',
  // Notices
  'certificate-ready': 'Your address certificate {number} is ready. You can download it in your cabinet.',
  'certificate-issued-about-you.parent': 'Your parent obtained an address certificate about you ({number}).',
  'certificate-issued-about-you.spouse': 'Your spouse obtained an address certificate about you ({number}).',
  // Public verification page (C8)
  'verify.title': 'Check an address certificate',
  'verify.intro':
    'Enter the number printed on the certificate, or scan its QR code. You will see whether it is genuine and whether the registration it states is still current.',
  'verify.number-label': 'Certificate number',
  'verify.number-hint': 'For example, AC-7K3M-9QXD-2HFP',
  'verify.submit': 'Check',
  'verify.error-summary': 'There is a problem',
  'verify.genuine': 'Genuine: issued by Tirkeu and not changed',
  'verify.not-genuine': 'Not genuine: do not accept this certificate',
  'verify.qr-match': 'The QR code belongs to this certificate.',
  'verify.qr-mismatch': 'The QR code does not belong to this certificate: the document was altered.',
  'verify.status.still-current': 'The registration it states is still current.',
  'verify.status.no-longer-current': 'The registration it states has ended since the certificate was issued.',
  'verify.status.nothing-current-stated': 'The certificate states past registrations only.',
  'verify.field.number': 'Number',
  'verify.field.issued': 'Issued',
  'verify.field.as-of': 'Registration as of',
  'verify.field.holder': 'Holder (surname and initial)',
  'verify.field.kind': 'Certificate',
  'verify.kind.current': 'Current registration',
  'verify.kind.history': 'Registration history',
  'verify.table.kind': 'Registration',
  'verify.table.address': 'Address',
  'verify.table.from': 'From',
  'verify.table.to': 'Until',
  'verify.registration.permanent': 'Permanent',
  'verify.registration.temporary': 'Temporary',
  'verify.open-ended': 'no end date',
  'verify.privacy-note':
    'To protect the person, this check shows no IIN and no date of birth, and names the holder by surname and first initial only. Compare them with the document you were given.',
  'verify.checked-at': 'Checked {time} (Astana time).',
  'verify.check-another': 'Check another certificate',
  'verify.language': 'Language',
  // Command line
  'certificate-offline-ok':
    'Certificate {number} is genuine: the seal signature holds and the seal chains to the trust list. Issued {issuedAt}.',
  'certificate-offline-no-attachments':
    'The file carries no certificate data (certificate.json, certificate.sig, seal.pem): it is not a Tirkeu certificate PDF.',
} as const;
