/**
 * Watching a whole portal document for new forms and headers costs the page time for every
 * mutation it makes (Chromium builds a record for each, relevant or not). Portals animate
 * dashboards all day, so when a page churns without anything relevant appearing, the content
 * script stops observing it record by record (components/overlay/structure-watch.ts).
 */

/** Irrelevant mutation records within one second that mean "this page is animating". */
export const CHURN_RECORDS_PER_SECOND = 120;

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
