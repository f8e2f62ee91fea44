import * as assert from 'node:assert/strict';
import type { Annotation, SidecarData } from '../../../src/core/annotations';
import { createAnchor } from '../../../src/core/anchor/anchor';
import { mergeSidecars, resolveConflicts } from '../../../src/core/sidecar/merge';
import { newAnnotation } from '../../../src/core/sidecar/model';

const TEXT = 'Officials said the plan works. Critics reportedly doubt it. The mayor promised more.';

function sidecar(...annotations: Annotation[]): SidecarData {
  return { version: 1, article: 'a.txt', annotations, dismissed: [] };
}

describe('mergeSidecars', () => {
  const a = newAnnotation(TEXT, { kind: 'attributed', start: 0, end: 30, origin: 'detected' });
  const b = newAnnotation(TEXT, { kind: 'unverified', start: 31, end: 59, origin: 'detected' });

  it('takes each side\'s changes to different fields and different annotations', () => {
    const base = sidecar(a, b);
    const ours = sidecar({ ...a, status: 'verified' }, b);
    const c = newAnnotation(TEXT, { kind: 'attributed', start: 60, end: 84, origin: 'manual' });
    const theirs = sidecar({ ...a, note: 'Checked the minutes.' }, { ...b, status: 'disputed' }, c);
    const { data, conflicts } = mergeSidecars(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    const byId = new Map(data.annotations.map((x) => [x.id, x]));
    assert.equal(byId.get(a.id)?.status, 'verified');
    assert.equal(byId.get(a.id)?.note, 'Checked the minutes.');
    assert.equal(byId.get(b.id)?.status, 'disputed');
    assert.ok(byId.has(c.id));
  });

  it('reports a field both sides changed differently, keeping ours until the user chooses', () => {
    const base = sidecar(a);
    const { data, conflicts } = mergeSidecars(base, sidecar({ ...a, status: 'verified' }), sidecar({ ...a, status: 'false' }));
    assert.equal(conflicts.length, 1);
    assert.deepEqual(
      { field: conflicts[0].field, base: conflicts[0].base, ours: conflicts[0].ours, theirs: conflicts[0].theirs, type: conflicts[0].type },
      { field: 'status', base: 'unchecked', ours: 'verified', theirs: 'false', type: 'field' },
    );
    assert.equal(data.annotations[0].status, 'verified');
    assert.equal(resolveConflicts(data, conflicts, () => 'theirs').annotations[0].status, 'false');
    assert.equal(resolveConflicts(data, conflicts, () => 'ours').annotations[0].status, 'verified');
  });

  it('does not report the same change made on both sides', () => {
    const changed = { ...a, status: 'verified' as const };
    assert.deepEqual(mergeSidecars(sidecar(a), sidecar(changed), sidecar(changed)).conflicts, []);
  });

  it('deletes what one side deleted and the other left alone', () => {
    assert.deepEqual(mergeSidecars(sidecar(a, b), sidecar(a, b), sidecar(b)).data.annotations.map((x) => x.id), [b.id]);
    assert.deepEqual(mergeSidecars(sidecar(a, b), sidecar(b), sidecar(a, b)).data.annotations.map((x) => x.id), [b.id]);
  });

  it('reports a deletion against a change, keeping the changed annotation until the user chooses', () => {
    const { data, conflicts } = mergeSidecars(sidecar(a), sidecar({ ...a, note: 'mine' }), sidecar());
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0].type, 'deleted-by-them');
    assert.equal(data.annotations[0].note, 'mine');
    assert.equal(resolveConflicts(data, conflicts, () => 'theirs').annotations.length, 0);
    assert.equal(resolveConflicts(data, conflicts, () => 'ours').annotations.length, 1);
    const other = mergeSidecars(sidecar(a), sidecar(), sidecar({ ...a, status: 'false' }));
    assert.equal(other.conflicts[0].type, 'deleted-by-us');
    assert.equal(other.data.annotations.length, 1);
    assert.equal(resolveConflicts(other.data, other.conflicts, () => 'ours').annotations.length, 0);
  });

  it('does not treat a moved anchor as a change: ours follows the live text, theirs wins when only they moved it', () => {
    const moved = { ...a, anchor: createAnchor('>> ' + TEXT, 3, 33) };
    const oursMoved = mergeSidecars(sidecar(a), sidecar(moved), sidecar({ ...a, status: 'verified' }));
    assert.deepEqual(oursMoved.conflicts, []);
    assert.deepEqual(oursMoved.data.annotations[0].anchor, moved.anchor);
    assert.equal(oursMoved.data.annotations[0].status, 'verified');
    const theirsMoved = mergeSidecars(sidecar(a), sidecar(a), sidecar(moved));
    assert.deepEqual(theirsMoved.data.annotations[0].anchor, moved.anchor);
    assert.equal(mergeSidecars(sidecar(a), sidecar(moved), sidecar()).conflicts.length, 0, 'moving is not a reason to keep a deleted annotation');
  });

  it('merges unknown keys per key, on annotations and at the top level', () => {
    const base = { ...sidecar({ ...a, extra: { flag: 1 } }), extra: { team: 'x' } };
    const ours = { ...sidecar({ ...a, extra: { flag: 2 } }), extra: { team: 'x', desk: 'night' } };
    const theirs = { ...sidecar({ ...a, extra: { flag: 1, more: true } }), extra: { team: 'y' } };
    const { data, conflicts } = mergeSidecars(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(data.annotations[0].extra, { flag: 2, more: true });
    assert.deepEqual(data.extra, { team: 'y', desk: 'night' });
  });
});
