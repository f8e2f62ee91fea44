import * as assert from 'node:assert/strict';
import { mergeOptions } from '../../../src/core/config/mergeOptions';

describe('mergeOptions', () => {
  it('joins the word lists, settings first, without duplicates', () => {
    const merged = mergeOptions(
      { extraCues: ['briefed', 'quipped'], extraHedges: [], ignore: ['said to be'], showModal: false },
      { extraCues: ['quipped', 'is quoted as saying'], ignore: ['may day'] },
    );
    assert.deepEqual(merged, {
      extraCues: ['briefed', 'quipped', 'is quoted as saying'],
      extraHedges: [],
      ignore: ['said to be', 'may day'],
      includeModal: false,
    });
  });

  it('includes modal hedges when either side asks for them', () => {
    assert.equal(mergeOptions({ showModal: true }, { includeModal: false }).includeModal, true);
    assert.equal(mergeOptions({ showModal: false }, { includeModal: true }).includeModal, true);
    assert.equal(mergeOptions({ showModal: false }, {}).includeModal, false);
    assert.equal(mergeOptions({}).includeModal, false);
  });

  it('ignores hand-edited settings of the wrong type', () => {
    const merged = mergeOptions({ extraCues: ['ok', 3, null, '  '], ignore: 'not a list' as unknown as unknown[], showModal: 'yes' });
    assert.deepEqual(merged, { extraCues: ['ok'], extraHedges: [], ignore: [], includeModal: false });
  });
});
