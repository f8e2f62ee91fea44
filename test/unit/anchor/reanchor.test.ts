import * as assert from 'node:assert/strict';
import type { SidecarData } from '../../../src/core/annotations';
import { createAnchor } from '../../../src/core/anchor/anchor';
import { locate, reanchor, reanchorData } from '../../../src/core/anchor/reanchor';
import { newAnnotation } from '../../../src/core/sidecar/model';

const TEXT =
  'The mayor said the bridge will reopen in May. Critics disagree. ' +
  'Later, the mayor said the bridge will reopen in May, again, at a second briefing.';

describe('createAnchor', () => {
  it('keeps 32 characters of context on each side, clipped at the ends', () => {
    const anchor = createAnchor(TEXT, 46, 63);
    assert.equal(anchor.quote, 'Critics disagree.');
    assert.equal(anchor.prefix, TEXT.slice(14, 46));
    assert.equal(anchor.suffix, TEXT.slice(63, 95));
    assert.equal(createAnchor(TEXT, 0, 3).prefix, '');
  });
});

describe('reanchor', () => {
  it('keeps the stored position when it still holds the quote', () => {
    const anchor = createAnchor(TEXT, 46, 63);
    assert.deepEqual(locate(TEXT, anchor, true), { start: 46, end: 63, method: 'position' });
  });

  it('finds the exact quote after text moved', () => {
    const anchor = createAnchor(TEXT, 46, 63);
    const moved = 'BREAKING: ' + TEXT;
    assert.deepEqual(reanchor(moved, anchor), { start: 56, end: 73 });
  });

  it('picks the occurrence whose prefix and suffix match when the quote occurs twice', () => {
    const second = TEXT.indexOf('the mayor said', 10);
    const anchor = createAnchor(TEXT, second, second + 'the mayor said the bridge will reopen in May'.length);
    // Insert enough text that the first occurrence is now nearer to the old offset than the second.
    const inserted = TEXT.slice(0, 40) + 'x'.repeat(second) + TEXT.slice(40);
    const found = reanchor(inserted, anchor);
    assert.ok(found);
    assert.equal(found.start, inserted.indexOf('the mayor said', 40 + second));
  });

  it('picks the nearest occurrence when the context does not decide', () => {
    const text = 'abc claim xyz claim xyz claim xyz';
    const anchor = { quote: 'claim', prefix: '', suffix: '', start: 21, end: 26 };
    assert.deepEqual(reanchor(text, anchor), { start: 24, end: 29 });
  });

  it('falls back to an approximate match scored on context', () => {
    const anchor = createAnchor(TEXT, 46, 63);
    const edited = TEXT.replace('Critics disagree.', 'Critics disagreed.');
    assert.deepEqual(locate(edited, anchor, true)?.method, 'approximate');
    const found = reanchor(edited, anchor);
    assert.ok(found);
    assert.match(edited.slice(found.start, found.end), /^Critics disagree/);
    assert.equal(locate(edited, anchor, false), null, 'exact-only placement refuses the edited quote');
  });

  it('gives up (null) when the quote is gone', () => {
    const anchor = createAnchor(TEXT, 46, 63);
    assert.equal(reanchor('Entirely different article text about the weather in Lisbon today.', anchor), null);
    assert.equal(reanchor('', anchor), null);
  });

  it('re-anchors a whole sidecar, keeping orphans flagged and never dropping them', () => {
    const a = newAnnotation(TEXT, { kind: 'attributed', start: 0, end: 44, origin: 'manual' });
    const b = newAnnotation(TEXT, { kind: 'unverified', start: 46, end: 63, origin: 'manual' });
    const data: SidecarData = { version: 1, article: 'a.txt', annotations: [a, b], dismissed: [] };
    const rewritten = 'Intro. ' + TEXT.slice(0, 45);
    const out = reanchorData(rewritten, data);
    assert.equal(out.annotations.length, 2);
    assert.equal(out.annotations[0].anchor.start, 7);
    assert.equal(out.annotations[0].anchor.prefix, 'Intro. ');
    assert.equal(out.annotations[0].unanchored, undefined);
    assert.equal(out.annotations[1].unanchored, true);
    assert.deepEqual(out.annotations[1].anchor, b.anchor, 'an orphan keeps its last anchor');
    const restored = reanchorData(TEXT, out);
    assert.equal(restored.annotations[1].unanchored, undefined, 'an orphan re-attaches when its quote comes back');
    assert.strictEqual(reanchorData(TEXT, data).annotations[0], a, 'unchanged items are returned as they were');
  });
});
