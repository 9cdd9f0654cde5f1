// Path building from a signer's certificate to a trust anchor (RFC 5280 §6, simplified): each
// certificate must be signed by the next, found by name, and every certificate between the signer
// and the anchor must be a CA. The signature arithmetic is @peculiar/x509's.
import { sameName } from './trust-store.ts';
import * as x509 from './x509.ts';

// Longer than any real chain (the national CA has a root and one issuing CA); bounds the search.
const MAX_DEPTH = 6;

/** Signer first, anchor last; null when no path reaches an anchor. */
export async function buildPath(
  leaf: x509.X509Certificate,
  intermediates: readonly x509.X509Certificate[],
  anchors: readonly x509.X509Certificate[],
): Promise<x509.X509Certificate[] | null> {
  const extend = async (path: x509.X509Certificate[]): Promise<x509.X509Certificate[] | null> => {
    const last = path.at(-1)!;
    for (const anchor of anchors) {
      if (await issuedBy(last, anchor)) return [...path, anchor];
    }
    if (path.length >= MAX_DEPTH) return null;
    for (const candidate of intermediates) {
      if (path.some((c) => c.equal(candidate)) || !isCa(candidate)) continue;
      if (!(await issuedBy(last, candidate))) continue;
      const found = await extend([...path, candidate]);
      if (found) return found;
    }
    return null;
  };
  return extend([leaf]);
}

async function issuedBy(certificate: x509.X509Certificate, issuer: x509.X509Certificate): Promise<boolean> {
  if (!sameName(certificate.issuerName, issuer.subjectName)) return false;
  // A key or algorithm the library cannot handle is no proof of issuance.
  return certificate.verify({ publicKey: issuer, signatureOnly: true }).catch(() => false);
}

function isCa(certificate: x509.X509Certificate): boolean {
  return certificate.getExtension(x509.BasicConstraintsExtension)?.ca === true;
}
