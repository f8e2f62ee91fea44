import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { createDetector } from '../../../src/core/detect/detector';
import { IncrementalDetector } from '../../../src/core/detect/incremental';

const detector = createDetector({ includeModal: true });

const ARTICLE = [
  'Ministers clash over harbour plan',
  '',
  'The harbour board said: “Dredging will start in March.',
  '“Nobody will lose access to the quay.”',
  '“The cost is fair,” Chair Ilse Moreau wrote, adding that bids were sealed.',
  '“We checked every figure.”',
  'Fishermen reportedly oppose the scheme, according to the Coastal Post.',
  'It has been suggested that the vote may be delayed.\r\nShe added: "No decision yet."',
  '“It will come.”',
  'He said the fleet would wait.',
  'The port authority added:',
  '',
  '“Boats may dock at night.”',
].join('\n');

/** Pieces an edit can insert: words, cues, quotes, line breaks of every kind. */
const PIECES = ['said', ' he said.', '“', '”', '"', '\n', '\r\n', '\r', '\n\n', ', ', 'reportedly ', 'according to ', 'x', ' ', '.', 'The MoD said: “', 'It is believed that ', 'The mayor added:\n', ':'];

const edit = fc.record({
  at: fc.nat(),
  len: fc.nat({ max: 12 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((a) => a.join('')),
});

/** A same-length replacement: offsets stay put while the text (a speaker's name, say) changes. */
const replace = fc.record({ at: fc.nat(), ch: fc.constantFrom('x', 'o', 'M', '“', '.', ' ') }).map(({ at, ch }) => ({ at, len: 1, insert: ch }));

describe('incremental detection', () => {
  it('returns exactly what a full pass returns, over random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(edit, replace), { minLength: 1, maxLength: 12 }), (edits) => {
        let text = ARTICLE;
        const inc = new IncrementalDetector(detector, text);
        assert.deepEqual(inc.findings(), detector.detect(text));
        for (const e of edits) {
          const start = e.at % (text.length + 1);
          const end = Math.min(text.length, start + e.len);
          text = text.slice(0, start) + e.insert + text.slice(end);
          const got = inc.applyEdit(start, end, e.insert);
          assert.deepEqual(got, detector.detect(text));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('updates a continued quotation when the speaker paragraph is edited', () => {
    const text = 'The coach said: “We trained hard.\n“We will win.”';
    const inc = new IncrementalDetector(detector, text);
    assert.equal(inc.findings().filter((f) => f.category === 'continued-quote').length, 1);
    const at = text.indexOf('said');
    const after = inc.applyEdit(at, at + 4, 'ate');
    assert.equal(after.filter((f) => f.category === 'continued-quote').length, 0);
    assert.deepEqual(after, detector.detect('The coach ate: “We trained hard.\n“We will win.”'));
  });

  it('handles edits at the very start and end and deleting everything', () => {
    const inc = new IncrementalDetector(detector, 'Officials said the road was shut.');
    inc.applyEdit(0, 0, 'Reportedly, ');
    inc.applyEdit(inc.getText().length, inc.getText().length, '\nPolice said it reopened.');
    assert.deepEqual(inc.findings(), detector.detect(inc.getText()));
    assert.deepEqual(inc.applyEdit(0, inc.getText().length, ''), []);
  });
});
