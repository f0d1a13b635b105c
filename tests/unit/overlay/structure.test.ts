import { describe, expect, it } from 'vitest';
import { ChurnMeter } from '../../../lib/overlay/structure';

describe('ChurnMeter', () => {
  it('stays calm while a page makes fewer irrelevant records than the threshold per second', () => {
    const meter = new ChurnMeter(100);
    expect(meter.record(60, 0)).toBe(false);
    expect(meter.record(40, 900)).toBe(false);
    // A new second starts a new bucket.
    expect(meter.record(60, 1_000)).toBe(false);
    expect(meter.record(40, 1_999)).toBe(false);
  });

  it('reports churn once a second holds more than the threshold', () => {
    const meter = new ChurnMeter(100);
    expect(meter.record(60, 0)).toBe(false);
    expect(meter.record(41, 500)).toBe(true);
  });

  it('starts counting afresh after a reset', () => {
    const meter = new ChurnMeter(100);
    meter.record(90, 0);
    meter.reset();
    expect(meter.record(90, 10)).toBe(false);
  });
});
