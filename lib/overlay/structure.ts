import { FINGERPRINT_CLASSES } from '../portals/selectors';

/**
 * Watching a whole portal document for new forms and headers costs the page time for every
 * mutation it makes (Chromium builds a record for each, relevant or not). Portals animate
 * dashboards all day, so when a page churns without anything relevant appearing, the content
 * script stops observing it record by record and compares a cheap structural fingerprint instead.
 */

/** Irrelevant mutation records within one second that mean "this page is animating". */
const CHURN_RECORDS_PER_SECOND = 120;

/** How often the fingerprint is compared while a churning page is sampled (ms). */
export const SAMPLE_INTERVAL_MS = 500;

/**
 * Counts irrelevant mutation records in one-second buckets. `record` answers true once the
 * page has made more than the threshold within a bucket.
 */
export class ChurnMeter {
  private bucketStartedAt = Number.NEGATIVE_INFINITY;
  private recordsInBucket = 0;

  constructor(private readonly threshold = CHURN_RECORDS_PER_SECOND) {}

  record(irrelevantRecords: number, now: number): boolean {
    if (now - this.bucketStartedAt >= 1_000) {
      this.bucketStartedAt = now;
      this.recordsInBucket = 0;
    }
    this.recordsInBucket += irrelevantRecords;
    return this.recordsInBucket > this.threshold;
  }

  reset(): void {
    this.bucketStartedAt = Number.NEGATIVE_INFINITY;
    this.recordsInBucket = 0;
  }
}

// Few collections on purpose: each costs a walk of the page after a mutation. Every support form
// has text inputs or a text area; the header's own changes are watched where it is.
const FINGERPRINT_TAGS = ['input', 'textarea', 'iframe'] as const;

/**
 * A function that sums up the document's form-and-header structure in a short string. It reads
 * live collections, which the browser keeps up to date itself, so one comparison costs a few
 * counts rather than a walk of the page in script.
 */
export function createStructureFingerprint(doc: Document): () => string {
  const collections = [
    ...FINGERPRINT_TAGS.map((tag) => doc.getElementsByTagName(tag)),
    ...FINGERPRINT_CLASSES.map((name) => doc.getElementsByClassName(name)),
  ];
  return () => collections.map((collection) => collection.length).join(',');
}
