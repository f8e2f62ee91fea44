import * as assert from 'node:assert/strict';
import type { Annotation, Dismissal, SidecarData } from '../../../src/core/annotations';
import type { ClaimKind, Finding } from '../../../src/core/findings';
import { reconcile } from '../../../src/core/review/reconcile';

function finding(kind: ClaimKind, start: number, end: number): Finding {
  return { kind, start, end, text: 'x'.repeat(end - start), cue: null, source: null, content: null, category: 'test', rule: 'test' };
}

function annotation(id: string, kind: ClaimKind, start: number, end: number, unanchored?: boolean): Annotation {
  return {
    id, kind, status: 'unchecked', origin: 'detected', created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z',
    anchor: { quote: '', prefix: '', suffix: '', start, end }, ...(unanchored ? { unanchored } : {}),
  };
}

function dismissal(id: string, kind: ClaimKind, start: number, end: number): Dismissal {
  return { id, kind, created: '2026-01-01T00:00:00Z', anchor: { quote: '', prefix: '', suffix: '', start, end } };
}

function data(annotations: Annotation[], dismissed: Dismissal[] = []): SidecarData {
  return { version: 1, article: 'a.md', annotations, dismissed };
}

describe('reconcile', () => {
  it('keeps detections that nothing reviewed overlaps', () => {
    const f = [finding('attributed', 0, 10), finding('unverified', 20, 30)];
    const r = reconcile(f, data([]));
    assert.deepEqual(r.pending, f);
    assert.deepEqual(r.annotations, []);
  });

  it('drops detections overlapped by an annotation or a dismissal of the same kind', () => {
    const f = [finding('attributed', 0, 10), finding('unverified', 20, 30), finding('attributed', 40, 50)];
    const r = reconcile(f, data([annotation('a1', 'attributed', 5, 15)], [dismissal('d1', 'unverified', 25, 26)]));
    assert.deepEqual(r.pending, [f[2]]);
  });

  it('does not let an annotation of the other kind hide a detection', () => {
    const f = [finding('attributed', 0, 10)];
    const r = reconcile(f, data([annotation('a1', 'unverified', 0, 10)]));
    assert.deepEqual(r.pending, f);
  });

  it('treats touching ranges as not overlapping (end is exclusive)', () => {
    const f = [finding('attributed', 10, 20)];
    assert.deepEqual(reconcile(f, data([annotation('a', 'attributed', 0, 10), annotation('b', 'attributed', 20, 30)])).pending, f);
  });

  it('ignores unanchored annotations, whose offsets are stale', () => {
    const f = [finding('attributed', 0, 10)];
    assert.deepEqual(reconcile(f, data([annotation('a', 'attributed', 0, 10, true)])).pending, f);
  });

  it('finds an early long annotation that covers a later detection', () => {
    const f = [finding('attributed', 500, 510)];
    const anns = [annotation('long', 'attributed', 0, 1000), ...Array.from({ length: 50 }, (_, i) => annotation(`s${i}`, 'attributed', 10 * i + 1, 10 * i + 2))];
    assert.deepEqual(reconcile(f, data(anns)).pending, []);
  });

  it('matches a brute-force overlap check on random ranges', () => {
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let round = 0; round < 200; round++) {
      const kinds: ClaimKind[] = ['attributed', 'unverified'];
      const anns = Array.from({ length: rnd(8) }, (_, i) => { const s = rnd(100); return annotation(`a${i}`, kinds[rnd(2)], s, s + rnd(20)); });
      const dis = Array.from({ length: rnd(4) }, (_, i) => { const s = rnd(100); return dismissal(`d${i}`, kinds[rnd(2)], s, s + rnd(20)); });
      const fs = Array.from({ length: rnd(10) }, () => { const s = rnd(100); return finding(kinds[rnd(2)], s, s + rnd(20)); });
      const expected = fs.filter((f) => ![...anns, ...dis].some((a) => {
        const { start, end } = a.anchor;
        if (a.kind !== f.kind) return false;
        if (start === end) return f.start <= start && start < f.end;
        if (f.start === f.end) return start <= f.start && f.start < end;
        return start < f.end && f.start < end;
      }));
      assert.deepEqual(reconcile(fs, data(anns, dis)).pending, expected, `round ${round}`);
    }
  });
});
