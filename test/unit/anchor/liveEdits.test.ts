import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mapRange } from '../../../src/core/anchor/liveEdits';
import type { TextChange } from '../../../src/core/anchor/liveEdits';

const apply = (text: string, changes: TextChange[]) => changes.reduce((t, c) => t.slice(0, c.start) + c.text + t.slice(c.end), text);

describe('mapRange', () => {
  const range = { start: 10, end: 20 };

  it('shifts the range for edits before it, including an insertion at its start', () => {
    assert.deepEqual(mapRange(range, [{ start: 0, end: 0, text: 'abc' }]), { start: 13, end: 23 });
    assert.deepEqual(mapRange(range, [{ start: 10, end: 10, text: 'ab' }]), { start: 12, end: 22 });
    assert.deepEqual(mapRange(range, [{ start: 2, end: 10, text: '' }]), { start: 2, end: 12 });
  });

  it('ignores edits after it, including an insertion at its end', () => {
    assert.deepEqual(mapRange(range, [{ start: 20, end: 20, text: 'xyz' }]), range);
    assert.deepEqual(mapRange(range, [{ start: 25, end: 30, text: '' }]), range);
  });

  it('grows and shrinks with typing inside', () => {
    assert.deepEqual(mapRange(range, [{ start: 15, end: 15, text: 'hello' }]), { start: 10, end: 25 });
    assert.deepEqual(mapRange(range, [{ start: 10, end: 12, text: 'X' }]), { start: 10, end: 19 });
    assert.deepEqual(mapRange(range, [{ start: 18, end: 20, text: '' }]), { start: 10, end: 18 });
  });

  it('trims to what is left when an edit overlaps one end', () => {
    assert.deepEqual(mapRange(range, [{ start: 5, end: 12, text: 'ab' }]), { start: 7, end: 15 });
    assert.deepEqual(mapRange(range, [{ start: 15, end: 25, text: 'ab' }]), { start: 10, end: 15 });
  });

  it('orphans the range when its text is deleted or replaced entirely', () => {
    assert.equal(mapRange(range, [{ start: 10, end: 20, text: '' }]), null);
    assert.equal(mapRange(range, [{ start: 5, end: 25, text: 'new text' }]), null);
    assert.equal(mapRange(range, [{ start: 10, end: 20, text: 'same length' }]), null);
  });

  it('applies several changes in order (VS Code sends them last to first)', () => {
    const changes = [{ start: 30, end: 30, text: '!' }, { start: 15, end: 16, text: '' }, { start: 0, end: 0, text: '>>' }];
    assert.deepEqual(mapRange(range, changes), { start: 12, end: 21 });
  });

  it('keeps untouched text under the range: what it covers is the old text with inside edits applied', () => {
    // Property: an edit that does not touch the range keeps exactly the same text under it.
    fc.assert(
      fc.property(fc.string({ minLength: 5, maxLength: 60 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), (text, a, b, c, d, insert) => {
        const [start, end] = [a % text.length, b % text.length].sort((x, y) => x - y);
        fc.pre(end > start);
        const [cs, ce] = [c % (text.length + 1), d % (text.length + 1)].sort((x, y) => x - y);
        const change = { start: cs, end: ce, text: insert };
        const mapped = mapRange({ start, end }, [change]);
        const after = apply(text, [change]);
        if (ce <= start || cs >= end) {
          assert.ok(mapped);
          assert.equal(after.slice(mapped.start, mapped.end), text.slice(start, end));
        } else if (cs <= start && ce >= end) {
          assert.equal(mapped, null);
        } else if (mapped) {
          assert.ok(mapped.start >= 0 && mapped.end <= after.length && mapped.start < mapped.end);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
