// F5: a detached CMS SignedData over a document, as a citizen's signing tool makes it (login
// challenges, owner consents, applications). Used by tests, the CLI and the demo clients.
import * as asn1js from 'asn1js';
import type { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';
import type * as x509 from './x509.ts';

const CONTENT_TYPE = '1.2.840.113549.1.9.3';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';

/** Base64 of the DER CMS; the signer's certificate (and `chain`) is included, the content is not. */
export async function signDetached(input: {
  content: Uint8Array;
  certificate: x509.X509Certificate;
  privateKey: webcrypto.CryptoKey;
  signingTime?: Date;
  /** Other certificates to include, such as the issuing CA's. */
  chain?: readonly x509.X509Certificate[];
}): Promise<string> {
  const certificate = pkijs.Certificate.fromBER(input.certificate.rawData);
  const digest = await crypto.subtle.digest('SHA-256', input.content);
  // The attributes in DER order of the SET OF (by encoding): OpenSSL re-encodes the set sorted
  // before checking the signature, so any other order would fail there.
  const attributes = [
    new pkijs.Attribute({
      type: CONTENT_TYPE,
      values: [new asn1js.ObjectIdentifier({ value: pkijs.id_ContentType_Data })],
    }),
    new pkijs.Attribute({
      type: SIGNING_TIME,
      values: [new asn1js.UTCTime({ valueDate: input.signingTime ?? new Date() })],
    }),
    new pkijs.Attribute({ type: MESSAGE_DIGEST, values: [new asn1js.OctetString({ valueHex: digest })] }),
  ];
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: pkijs.id_ContentType_Data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [certificate, ...(input.chain ?? []).map((c) => pkijs.Certificate.fromBER(c.rawData))],
  });
  await signedData.sign(input.privateKey, 0, 'SHA-256');
  const contentInfo = new pkijs.ContentInfo({
    contentType: pkijs.ContentInfo.SIGNED_DATA,
    content: signedData.toSchema(true),
  });
  return Buffer.from(contentInfo.toSchema().toBER(false)).toString('base64');
}
