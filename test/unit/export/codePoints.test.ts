import * as assert from 'node:assert/strict';
import { codePointOffsets } from '../../../src/core/export/codePoints';

describe('codePointOffsets', () => {
  it('counts a surrogate pair as one code point', () => {
    const text = 'a😀b🚢c';
    const map = codePointOffsets(text, [0, 1, 3, 4, 6, 7]);
    assert.deepEqual([...map.entries()], [[0, 0], [1, 1], [3, 2], [4, 3], [6, 4], [7, 5]]);
    for (const [unit, point] of map) assert.equal([...text.slice(0, unit)].length, point);
  });

  it('counts lone surrogates as one code point each, as [...text] does', () => {
    const text = 'x\ud800y\udc00z';
    const offsets = [0, 1, 2, 3, 4, 5];
    const map = codePointOffsets(text, offsets);
    for (const o of offsets) assert.equal(map.get(o), [...text.slice(0, o)].length, `offset ${o}`);
  });

  it('accepts offsets in any order and clamps past the end', () => {
    const map = codePointOffsets('😀😀', [4, 0, 2, 9]);
    assert.equal(map.get(4), 2);
    assert.equal(map.get(2), 1);
    assert.equal(map.get(9), 2);
  });
});
