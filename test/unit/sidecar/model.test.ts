import * as assert from 'node:assert/strict';
import { articlePathFor, baseName, isPlainFileName, sidecarPathFor } from '../../../src/core/sidecar/paths';
import { newAnnotation, newDismissal, newId, reattach, unanchoredAnnotations } from '../../../src/core/sidecar/model';
import { isTempPath, tempPathFor } from '../../../src/core/sidecar/atomicWrite';

const TEXT = 'The agency said prices fell. Some say it will rain.';

describe('sidecar model', () => {
  it('builds annotations with fresh ids, unchecked status and ISO timestamps', () => {
    const now = new Date('2026-01-02T03:04:05.000Z');
    const a = newAnnotation(TEXT, { kind: 'attributed', start: 0, end: 28, origin: 'detected', cue: 'said', rule: 'said', by: 'ana', now });
    assert.match(a.id, /^a-[0-9a-z]{12}$/);
    assert.equal(a.status, 'unchecked');
    assert.equal(a.anchor.quote, 'The agency said prices fell.');
    assert.equal(a.created, '2026-01-02T03:04:05.000Z');
    assert.equal(a.updated, a.created);
    assert.equal(new Set(Array.from({ length: 1000 }, () => newId())).size, 1000);
  });

  it('builds dismissals from findings', () => {
    const d = newDismissal(TEXT, {
      kind: 'unverified', start: 29, end: 51, text: TEXT.slice(29), cue: { start: 34, end: 37, text: 'say' }, source: null, content: null,
      category: 'vague-reporting', rule: 'some-say',
    }, 'bo');
    assert.match(d.id, /^d-/);
    assert.deepEqual([d.anchor.quote, d.cue, d.rule, d.by], ['Some say it will rain.', 'say', 'some-say', 'bo']);
  });

  it('re-attaches an orphan to a new selection and lists orphans', () => {
    const a = { ...newAnnotation(TEXT, { kind: 'attributed', start: 0, end: 28, origin: 'manual' }), unanchored: true };
    const data = { version: 1 as const, article: 'x', annotations: [a], dismissed: [] };
    assert.deepEqual(unanchoredAnnotations(data).map((x) => x.id), [a.id]);
    const text = 'Rewritten: the agency reported a fall in prices.';
    const attached = reattach(a, text, 11, 48, new Date('2030-01-01T00:00:00Z'));
    assert.equal(attached.unanchored, undefined);
    assert.equal(attached.anchor.quote, 'the agency reported a fall in prices.');
    assert.equal(attached.id, a.id);
    assert.equal(attached.updated, '2030-01-01T00:00:00.000Z');
    assert.throws(() => reattach(a, text, 5, 5), /Select the text/);
  });
});

describe('sidecar paths', () => {
  it('puts the sidecar beside the article and back', () => {
    assert.equal(sidecarPathFor('/w/news/story.txt'), '/w/news/story.txt.claims.yaml');
    assert.equal(sidecarPathFor('story.md', '.notes.yml'), 'story.md.notes.yml');
    assert.equal(articlePathFor('/w/news/story.txt.claims.yaml'), '/w/news/story.txt');
    assert.equal(articlePathFor('/w/news/story.txt.yaml'), undefined);
    assert.equal(articlePathFor('/w/news/.claims.yaml'), undefined);
    assert.equal(baseName('C:\\w\\a.txt'), 'a.txt');
  });

  it('accepts only plain file names as article names', () => {
    assert.ok(isPlainFileName('story.txt'));
    for (const bad of ['', '.', '..', '../x', 'a/b', 'a\\b', 'C:x', 'x\0y']) assert.equal(isPlainFileName(bad), false, bad);
  });

  it('names temporary files beside the target, hidden', () => {
    const temp = tempPathFor('/w/story.txt.claims.yaml', 'abcd1234');
    assert.equal(temp, '/w/.story.txt.claims.yaml.abcd1234.tmp');
    assert.ok(isTempPath(temp));
    assert.equal(isTempPath('/w/story.txt.claims.yaml'), false);
  });
});
