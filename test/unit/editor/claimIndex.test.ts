import * as assert from 'node:assert/strict';
import type { Annotation, SidecarData } from '../../../src/core/annotations';
import { createAnchor } from '../../../src/core/anchor/anchor';
import { createDetector } from '../../../src/core/detect/detector';
import { ArticleReview } from '../../../src/core/editor/articleReview';
import { ClaimIndex, planDecorations, type Claim } from '../../../src/core/editor/claimIndex';
import type { Finding } from '../../../src/core/findings';
import { reconcile } from '../../../src/core/review/reconcile';

const TEXT = [
  'Bridge repairs',
  '',
  '"We will rebuild the bridge by spring," said Mara Lindqvist, the city\'s chief engineer.',
  '',
  'The closure has reportedly cost hauliers two million euros.',
  '',
  'Officials said the detour would stay. Lorries allegedly use farm roads.',
  '',
].join('\n');

function annotation(text: string, quote: string, over: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  return { id: `a-${start}`, kind: 'attributed', status: 'verified', anchor: createAnchor(text, start, start + quote.length), origin: 'manual', created: '', updated: '', ...over };
}

function sidecar(annotations: Annotation[] = []): SidecarData {
  return { version: 1, article: 'x.txt', annotations, dismissed: [] };
}

const span = (c: Claim) => TEXT.slice(c.start, c.end);

describe('ClaimIndex', () => {
  const findings = createDetector({}).detect(TEXT);

  it('finds the claims overlapping a range, and at a cursor', () => {
    const index = new ClaimIndex(findings, []);
    const at = TEXT.indexOf('reportedly');
    assert.deepEqual(index.overlapping(at, at).map(span), ['The closure has reportedly cost hauliers two million euros.']);
    assert.deepEqual(index.overlapping(0, 5), []);
    assert.equal(index.overlapping(0, TEXT.length).length, findings.length);
  });

  it('agrees with a linear scan for every range (the binary search skips nothing)', () => {
    const index = new ClaimIndex(findings, [annotation(TEXT, 'chief engineer. The closure'.slice(0, 14), { kind: 'unverified' })]);
    for (let s = 0; s < TEXT.length; s += 7) {
      for (const len of [0, 3, 40]) {
        const e = Math.min(TEXT.length, s + len);
        const linear = index.claims.filter((c) => c.end >= s && c.start <= e);
        assert.deepEqual(index.overlapping(s, e), linear, `[${s}, ${e}]`);
      }
    }
  });

  it('skips unanchored annotations and steps to the next and previous claim, wrapping', () => {
    const lost = annotation(TEXT, 'Bridge repairs', { unanchored: true });
    const index = new ClaimIndex(findings, [lost]);
    assert.ok(index.claims.every((c) => c.type === 'pending'));
    const last = index.claims[index.claims.length - 1];
    assert.equal(index.next(last.start), index.claims[0]);
    assert.equal(index.previous(0), last);
    assert.equal(index.next(0), index.claims[0]);
    const unverified = (c: Claim) => c.kind === 'unverified';
    const firstUnverified = index.claims.find(unverified);
    assert.equal(index.next(0, unverified), firstUnverified);
    assert.equal(index.previous(firstUnverified!.start, unverified), [...index.claims].reverse().find(unverified), 'wraps to the last shown claim');
    assert.equal(new ClaimIndex([], []).next(0), undefined);
  });
});

describe('planDecorations', () => {
  const findings = createDetector({}).detect(TEXT);

  it('draws pending detections by kind and marks the cue and the source inside them', () => {
    const plan = planDecorations(new ClaimIndex(findings, []), { kinds: ['attributed', 'unverified'], showDetections: true, markCueAndSource: true });
    const texts = (style: string) => (plan.get(style as never) ?? []).map((r) => TEXT.slice(r.start, r.end));
    assert.ok(texts('pending.attributed').includes('"We will rebuild the bridge by spring," said Mara Lindqvist, the city\'s chief engineer.'));
    assert.ok(texts('pending.unverified').includes('The closure has reportedly cost hauliers two million euros.'));
    assert.ok(texts('cue').includes('said') && texts('cue').includes('reportedly'));
    assert.ok(texts('source').includes('Mara Lindqvist, the city\'s chief engineer'));
  });

  it('draws annotations by kind and status, finding their cue and source words in the text', () => {
    const a = annotation(TEXT, 'Officials said the detour would stay.', { status: 'disputed', cue: 'said', source: { name: 'Officials' } });
    const { pending, annotations } = reconcile(findings, sidecar([a]));
    const plan = planDecorations(new ClaimIndex(pending, annotations), { kinds: ['attributed', 'unverified'], showDetections: true, markCueAndSource: true }, undefined, (s, e) => TEXT.slice(s, e));
    assert.deepEqual((plan.get('annotation.attributed.disputed') ?? []).map((r) => TEXT.slice(r.start, r.end)), ['Officials said the detour would stay.']);
    const cues = (plan.get('cue') ?? []).map((r) => r.start);
    assert.ok(cues.includes(TEXT.indexOf('said the detour')));
  });

  it('honours the kinds and showDetections settings and the visible windows', () => {
    const index = new ClaimIndex(findings, []);
    const onlyUnverified = planDecorations(index, { kinds: ['unverified'], showDetections: true, markCueAndSource: false });
    assert.deepEqual([...onlyUnverified.keys()], ['pending.unverified']);
    assert.equal(planDecorations(index, { kinds: ['attributed', 'unverified'], showDetections: false, markCueAndSource: true }).size, 0);
    const firstLines = planDecorations(index, { kinds: ['attributed', 'unverified'], showDetections: true, markCueAndSource: false }, [{ start: 0, end: 20 }]);
    assert.equal(firstLines.get('pending.attributed')?.length, 1);
    assert.equal(firstLines.get('pending.unverified'), undefined);
  });
});

describe('ArticleReview', () => {
  const findings = createDetector({}).detect(TEXT);

  it('gives a window the same claims as the full index restricted to that window', () => {
    const data = sidecar([annotation(TEXT, 'Officials said the detour would stay.')]);
    const review = new ArticleReview(findings, data);
    for (let s = 0; s < TEXT.length; s += 11) {
      const e = Math.min(TEXT.length, s + 30);
      const fresh = new ArticleReview(findings, data).window(s, e).claims.map((c) => [c.type, c.start, c.end]);
      const full = review.index.overlapping(s, e).map((c) => [c.type, c.start, c.end]);
      assert.deepEqual(fresh, full, `[${s}, ${e}]`);
    }
  });

  it('counts a dismissal outside the window when reconciling the window', () => {
    const f = findings.find((x) => x.text.includes('reportedly')) as Finding;
    const data: SidecarData = { ...sidecar(), dismissed: [{ id: 'd-1', kind: 'unverified', anchor: createAnchor(TEXT, f.start, f.end), created: '' }] };
    const review = new ArticleReview(findings, data);
    assert.deepEqual(review.window(f.start + 5, f.start + 6).claims, []);
    assert.ok(!review.pending.includes(f));
  });

  it('lists unanchored annotations apart from anchored ones', () => {
    const lost = annotation(TEXT, 'Bridge repairs', { id: 'lost', unanchored: true });
    const kept = annotation(TEXT, 'Officials said the detour would stay.', { id: 'kept' });
    const review = new ArticleReview(findings, sidecar([lost, kept]));
    assert.deepEqual(review.unanchored.map((a) => a.id), ['lost']);
    assert.deepEqual(review.annotations.map((a) => a.id), ['kept']);
  });
});
