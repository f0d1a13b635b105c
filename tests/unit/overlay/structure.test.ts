// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ChurnMeter, createStructureFingerprint } from '../../../lib/overlay/structure';

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

describe('createStructureFingerprint', () => {
  it('changes when a form control, a frame or the portal header appears', () => {
    document.body.innerHTML = '<section class="tiles"><div>tile</div></section>';
    const fingerprint = createStructureFingerprint(document);
    const initial = fingerprint();
    for (const html of [
      '<input>',
      '<iframe></iframe>',
      '<div class="fxs-topbar"></div>',
      '<div class="ms-Dropdown">',
    ]) {
      const before = fingerprint();
      document.body.insertAdjacentHTML('beforeend', html);
      expect(fingerprint(), html).not.toBe(before);
    }
    expect(fingerprint()).not.toBe(initial);
  });

  it('ignores churn that adds no form control or header', () => {
    document.body.innerHTML = '<section class="tiles"><div>tile</div></section>';
    const fingerprint = createStructureFingerprint(document);
    const before = fingerprint();
    const tiles = document.querySelector('.tiles')!;
    for (let index = 0; index < 50; index += 1)
      tiles.insertAdjacentHTML('beforeend', `<div class="tile"><span>${index}</span></div>`);
    tiles.firstElementChild!.textContent = 'changed';
    expect(fingerprint()).toBe(before);
  });

  it('changes when a form control is removed', () => {
    document.body.innerHTML = '<form><label>Email <input></label></form>';
    const fingerprint = createStructureFingerprint(document);
    const before = fingerprint();
    document.querySelector('form')!.remove();
    expect(fingerprint()).not.toBe(before);
  });
});
