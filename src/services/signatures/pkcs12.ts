// PKCS#12 (.p12) files of the test PKI: the person's key, certificate and the CA certificate,
// password-protected, as citizens hold their national CA keys. node-forge does the format; it
// handles RSA keys only, which is all the test PKI makes.
import forge from 'node-forge';
import { AppError } from '../../errors.ts';
import { type Credential, RSA_SHA256 } from './test-ca.ts';
import * as x509 from './x509.ts';

function toBinaryString(bytes: Uint8Array): string {
  return forge.util.binary.raw.encode(bytes);
}

function fromBinaryString(binary: string): Uint8Array {
  return forge.util.binary.raw.decode(binary);
}

export async function exportPkcs12(
  credential: Credential,
  caCertificates: readonly x509.X509Certificate[],
  password: string,
  friendlyName?: string,
): Promise<Uint8Array> {
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', credential.privateKey));
  const key = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(toBinaryString(pkcs8)));
  const certificates = [credential.certificate, ...caCertificates].map((c) =>
    forge.pki.certificateFromPem(c.toString('pem')),
  );
  const p12 = forge.pkcs12.toPkcs12Asn1(key, certificates, password, {
    algorithm: 'aes256',
    ...(friendlyName === undefined ? {} : { friendlyName }),
  });
  return fromBinaryString(forge.asn1.toDer(p12).getBytes());
}

/** The key, the certificate that goes with it, and the other certificates of the file. */
export async function readPkcs12(
  file: Uint8Array,
  password: string,
): Promise<Credential & { chain: x509.X509Certificate[] }> {
  try {
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(toBinaryString(file)), password);
    const keyBags = [
      ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
      ...(p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
    ];
    const key = keyBags[0]?.key;
    if (!key) throw new Error('no private key');
    const certs = (p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []).flatMap((bag) =>
      bag.cert ? [bag.cert] : [],
    );
    // The certificate of the key is the one with the same modulus; the rest is its chain.
    const own = certs.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n));
    if (!own) throw new Error('no certificate for the key');
    const toX509 = (c: forge.pki.Certificate) =>
      new x509.X509Certificate(fromBinaryString(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes()));
    const pkcs8 = forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes();
    const privateKey = await crypto.subtle.importKey('pkcs8', fromBinaryString(pkcs8), RSA_SHA256, false, ['sign']);
    return { certificate: toX509(own), privateKey, chain: certs.filter((c) => c !== own).map(toX509) };
  } catch (cause) {
    throw new AppError('pkcs12-unreadable', {}, { cause });
  }
}
