import * as assert from 'node:assert/strict';
import { createDetector } from '../../../src/core/detect/detector';
import { checkSpans } from './helpers';

const detector = createDetector({ includeModal: true, extraCues: ['posted'], extraHedges: ['leaked'], ignore: ['x'] });

/** Runs the detector and checks that every finding's spans agree with the text. */
function run(text: string): number {
  const found = detector.detect(text);
  for (const f of found) checkSpans(text, f);
  return found.length;
}

// These inputs would take exponential or quadratic time with a backtracking rule; the generous mocha
// timeout (not a timing assertion) is what fails if one is ever introduced.
describe('adversarial input', function () {
  this.timeout(600_000);

  it('survives long runs of quotation marks of every kind', () => {
    for (const q of ['"', '“', '”', "'", "''", '‘’']) assert.equal(typeof run(q.repeat(200_000)), 'number');
    assert.equal(typeof run('“a” '.repeat(100_000)), 'number');
  });

  it('survives long runs of spaces, of one letter, of punctuation and of newlines', () => {
    assert.equal(run(' '.repeat(1_000_000)), 0);
    assert.equal(run('a'.repeat(1_000_000)), 0);
    assert.equal(run('.'.repeat(500_000)), 0);
    assert.equal(run(', '.repeat(300_000)), 0);
    assert.equal(run('\n'.repeat(500_000)), 0);
    assert.equal(run('\r\n'.repeat(300_000)), 0);
  });

  it('survives long runs of cue words and frames', () => {
    assert.ok(run('said '.repeat(200_000)) >= 0);
    assert.ok(run('according to '.repeat(100_000)) >= 0);
    assert.ok(run('he said, '.repeat(100_000) + '.') >= 0);
    assert.ok(run('Mr. '.repeat(200_000)) >= 0);
    assert.ok(run('it has been '.repeat(100_000)) >= 0);
    assert.ok(run('(' .repeat(100_000) + ')'.repeat(100_000)) >= 0);
  });

  it('stays linear on one very long line full of claims, with and without punctuation', () => {
    const unit = 'The mayor said the road was closed. “It will reopen,” she added. It was reportedly flooded. ';
    const copies = 30_000;
    const found = detector.detect(unit.repeat(copies));
    assert.equal(found.filter((f) => f.kind === 'attributed').length, copies * 2);
    assert.equal(found.filter((f) => f.kind === 'unverified').length, copies);
    assert.ok(run('the mayor said the road was closed and officials reportedly said '.repeat(50_000)) >= 1);
    assert.ok(run('“he said ” '.repeat(100_000)) >= 0);
  });

  it('finds every claim in a 50 MB input', () => {
    const para = 'The port authority said that 40 ships were delayed. Officials reportedly ordered an inquiry.\n\n“The backlog will clear by Friday,” she added.\n';
    const text = para.repeat(Math.ceil((50 * 1024 * 1024) / para.length));
    const found = detector.detect(text);
    const copies = text.length / para.length;
    assert.equal(found.filter((f) => f.kind === 'attributed').length, copies * 2);
    assert.equal(found.filter((f) => f.kind === 'unverified').length, copies);
  });

  it('does not crash on binary-looking input', () => {
    let s = '';
    for (let i = 0; i < 200_000; i++) s += String.fromCharCode((i * 7919) % 65536);
    assert.equal(typeof run(s), 'number');
  });
});
