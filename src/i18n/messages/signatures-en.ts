// Messages of signature and certificate verification (F5), keyed by stable codes.
export const signaturesEn = {
  'signature-malformed':
    'The signature cannot be read: it is not a CMS signature, or it carries no signer certificate.',
  'signature-invalid': 'The signature does not match the signed document.',
  'certificate-untrusted': "The signer's certificate was not issued by a trusted certification authority.",
  'certificate-expired': "The signer's certificate is not valid at this time (expired or not yet valid).",
  'certificate-revoked': "The signer's certificate has been revoked.",
  'certificate-key-usage': "The signer's certificate is not meant for signing (key usage).",
  'certificate-no-iin': "The signer's certificate carries no valid IIN.",
  'signer-mismatch': 'The document is signed by someone other than the person who must sign it.',
  // Trust list
  'trust-store-unreadable': 'The trust list directory {dir} cannot be read.',
  'trust-store-empty': 'The trust list directory {dir} holds no CA certificate.',
  'trust-store-bad-file': 'The file {file} of the trust list is not a certificate or CRL that can be read.',
  'trust-store-not-ca': 'The certificate {file} of the trust list is not a CA certificate.',
  'trust-store-crl-unverified': 'The CRL {file} is not signed by any certification authority of the trust list.',
  // Test PKI (tirkeu pki)
  'pki-missing': 'There is no test CA in {dir}. Run "tirkeu pki init" first.',
  'pki-unreadable': 'The test CA in {dir} cannot be read: {file} is missing or damaged.',
  'pki-created': 'Created a test CA in {dir}. SHA-256 fingerprint: {fingerprint}',
  'pki-exists': 'The test CA in {dir} already exists. SHA-256 fingerprint: {fingerprint}',
  'pki-issued': 'Issued certificate {serial} for IIN {iin}, valid from {notBefore} to {notAfter}: {file}',
  'pki-revoked': 'Revoked certificate {serial}. CRL: {file}',
  'pkcs12-unreadable': 'The PKCS#12 file cannot be opened: the password is wrong, or it is not a PKCS#12 file.',
  'pkcs12-unwritable': 'The PKCS#12 file {file} cannot be written.',
} as const;
