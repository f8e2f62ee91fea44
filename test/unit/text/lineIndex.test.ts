import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/lineIndex';

describe('LineIndex', () => {
  it('maps offsets to lines over LF, CRLF and lone CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('e')), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('h')), { line: 3, character: 1 });
    assert.deepEqual(index.positionAt(999), { line: 3, character: 2 });
  });

  it('round-trips every offset that is not inside a CRLF', () => {
    const text = '\uFEFFHeadline\r\n\r\nThe minister said “yes”.\nEnd';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      const p = index.positionAt(offset);
      assert.equal(index.offsetAt(p.line, p.character), offset, `offset ${offset}`);
    }
  });

  it('clamps positions past the end of a line to the line break', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.equal(index.offsetAt(0, 99), 2);
    assert.equal(index.offsetAt(1, 99), 6);
    assert.equal(index.offsetAt(7, 0), 6);
    assert.equal(index.offsetAt(-1, 0), 0);
  });
});
