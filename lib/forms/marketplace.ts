/**
 * How a chosen product shows it is a commercial-marketplace (third-party) offer. The support form
 * groups such offers apart and names them with their publisher; the exact markers are inferred (C).
 */
const MARKETPLACE_MARKERS: readonly RegExp[] = [
  /\bmarketplace\b/i,
  /\bthird[- ]party\b/i,
  /\bderde partij\b/i,
  /\bpublished by\b/i,
  /\bgepubliceerd door\b/i,
];

export function isMarketplaceProduct(productText: string): boolean {
  return MARKETPLACE_MARKERS.some((marker) => marker.test(productText));
}
