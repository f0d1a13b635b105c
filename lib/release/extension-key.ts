/**
 * The manifest `key`: the public half of the signing key, which fixes the extension ID. The
 * project's key gives jpjfbjadngbmdbaogppmkenfmebgocdd. An organisation that signs its own CRX
 * builds with its own public key instead (PCG_EXTENSION_KEY, read in wxt.config.ts); a store
 * upload, where the store assigns the ID, can leave it out (PCG_EXTENSION_KEY=none). No private
 * key is ever in the repository or the build: only the public key.
 */

/** Base64 of a DER SubjectPublicKeyInfo: an RSA or EC public key starts with `MII` or `MF`/`MG`/`MH`. */
const PUBLIC_KEY = /^M[A-Za-z0-9+/]{40,}={0,2}$/;

/**
 * A DER public key (SubjectPublicKeyInfo) is a SEQUENCE whose first element is a SEQUENCE (the
 * algorithm); every DER private key format (PKCS#1, PKCS#8, SEC1) starts with an INTEGER version.
 */
function looksLikePrivateKey(base64: string): boolean {
  let der: string;
  try {
    der = atob(base64);
  } catch {
    return false;
  }
  if (der.charCodeAt(0) !== 0x30 || der.length < 4) return false;
  const lengthByte = der.charCodeAt(1);
  const header = lengthByte < 0x80 ? 2 : 2 + (lengthByte & 0x7f);
  return der.charCodeAt(header) === 0x02;
}

export type KeyChoice =
  | { readonly key: string; readonly source: 'project' | 'organisation' }
  | { readonly key: undefined; readonly source: 'none' };

/**
 * The key to build with, from the environment value. Throws a message that says what is wrong
 * (a private key, a PEM with its header, line breaks) instead of building an extension whose ID
 * nobody expects.
 */
export function chooseManifestKey(envValue: string | undefined, projectKey: string): KeyChoice {
  const value = envValue?.trim();
  if (!value) return { key: projectKey, source: 'project' };
  if (value === 'none') return { key: undefined, source: 'none' };
  if (/PRIVATE KEY/.test(value) || looksLikePrivateKey(value.replace(/\s+/g, '')))
    throw new Error(
      'PCG_EXTENSION_KEY holds a PRIVATE key. Give the public key only (openssl rsa -in key.pem -pubout -outform DER | base64 -w0); the private key never goes into a build.',
    );
  const body = value.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
  if (!PUBLIC_KEY.test(body))
    throw new Error(
      'PCG_EXTENSION_KEY is not a base64 DER public key (SubjectPublicKeyInfo). Make it with: openssl rsa -in key.pem -pubout -outform DER | base64 -w0',
    );
  return { key: body, source: 'organisation' };
}

/**
 * The extension ID Chromium derives from a public key: the first 128 bits of the SHA-256 of
 * the DER key, as 32 hex digits, each digit 0–f written as a letter a–p. `sha256` is given by
 * the caller (node:crypto in tests and the build, crypto.subtle elsewhere).
 */
export function extensionIdFromKey(base64Key: string, sha256: (bytes: Uint8Array) => Uint8Array): string {
  const der = Uint8Array.from(atob(base64Key.replace(/\s+/g, '')), (char) => char.charCodeAt(0));
  return [...sha256(der).slice(0, 16)]
    .flatMap((byte) => [byte >> 4, byte & 0x0f])
    .map((nibble) => String.fromCharCode(97 + nibble))
    .join('');
}
