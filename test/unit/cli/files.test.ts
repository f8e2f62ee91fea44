import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expandInputs, isArticleName } from '../../../src/cli/files';

/** Writes `files` (relative path → content) under a fresh temporary folder and returns it. */
export function tree(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

describe('expandInputs', () => {
  let root: string;
  before(() => {
    root = tree({
      'desk/b.txt': 'b',
      'desk/a.md': 'a',
      'desk/notes.docx': 'x',
      'desk/a.md.claims.yaml': 'version: 1',
      'desk/sub/c.TXT': 'c',
      'desk/sub-z/d.txt': 'd',
      'desk/node_modules/pkg/readme.md': 'no',
      'desk/.git/info.txt': 'no',
      'desk/.hidden.txt': 'no',
      'story.text': 'named explicitly',
      'papers/report.pdf': '%PDF',
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds .txt and .md articles recursively in sorted order, skipping node_modules, dot entries and sidecars', () => {
    const r = expandInputs(['desk'], root);
    assert.deepEqual(
      r.files.map((f) => path.relative(root, f).split(path.sep).join('/')),
      ['desk/a.md', 'desk/b.txt', 'desk/sub/c.TXT', 'desk/sub-z/d.txt'],
    );
    assert.deepEqual(r.errors, []);
  });

  it('reads a file named on the command line whatever its ending, once, in command-line order', () => {
    const r = expandInputs(['story.text', 'desk/sub', 'story.text'], root);
    assert.deepEqual(r.files, [path.join(root, 'story.text'), path.join(root, 'desk/sub/c.TXT')]);
  });

  it('reports a missing input and a named sidecar, and keeps the rest', () => {
    const r = expandInputs(['nope.txt', 'desk/a.md.claims.yaml', 'desk/b.txt'], root);
    assert.deepEqual(r.files, [path.join(root, 'desk/b.txt')]);
    assert.deepEqual(r.errors, ['nope.txt: no such file or folder', 'desk/a.md.claims.yaml: is a ClaimLens sidecar (annotations), not an article; name the article instead']);
  });

  it('notes a folder without articles', () => {
    const r = expandInputs(['papers'], root);
    assert.deepEqual(r.files, []);
    assert.deepEqual(r.notes, ['papers: no .txt or .md articles in this folder']);
  });

  it('does not loop on a link back up the tree', function () {
    const looped = tree({ 'a/x.txt': 'x' });
    try {
      fs.symlinkSync(looped, path.join(looped, 'a', 'up'), 'dir');
    } catch {
      this.skip(); // no symlink permission on this system
    }
    assert.deepEqual(expandInputs(['.'], looped).files, [path.join(looped, 'a/x.txt')]);
    fs.rmSync(looped, { recursive: true, force: true });
  });

  it('names articles by ending, case-insensitively', () => {
    assert.equal(isArticleName('Story.MD'), true);
    assert.equal(isArticleName('story.txt.claims.yaml'), false);
    assert.equal(isArticleName('story.pdf'), false);
  });
});
