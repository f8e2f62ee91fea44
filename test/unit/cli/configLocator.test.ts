import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigLocator } from '../../../src/cli/configLocator';

describe('ConfigLocator', () => {
  let root: string;
  const write = (rel: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), 'includeModal: false\n');
    return path.join(root, rel);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-locate-'));
    fs.mkdirSync(path.join(root, 'repo/desk/sub'), { recursive: true });
    fs.mkdirSync(path.join(root, 'outside'), { recursive: true });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('takes the nearest file between the folder and the working folder', () => {
    const top = write('repo/.claimlens.yaml');
    const desk = write('repo/desk/.claimlens.yaml');
    const locator = new ConfigLocator(path.join(root, 'repo'));
    assert.equal(locator.locate(path.join(root, 'repo/desk/sub')), desk);
    assert.equal(locator.locate(path.join(root, 'repo')), top);
  });

  it('falls back to the working folder’s ancestors, also for a folder outside it', () => {
    const above = write('.claimlens.yaml');
    const locator = new ConfigLocator(path.join(root, 'repo'));
    assert.equal(locator.locate(path.join(root, 'repo/desk/sub')), above);
    assert.equal(locator.locate(path.join(root, 'outside')), above);
  });

  it('uses only its own file for a folder outside the working folder', () => {
    write('repo/.claimlens.yaml');
    const own = write('outside/.claimlens.yaml');
    assert.equal(new ConfigLocator(path.join(root, 'repo')).locate(path.join(root, 'outside')), own);
  });

  it('answers an empty string when no file governs the folder', () => {
    // Another .claimlens.yaml above the temporary folder would make this test meaningless, so check first.
    const aboveTmp = new ConfigLocator(os.tmpdir()).locate(os.tmpdir());
    if (aboveTmp !== '') return void assert.ok(aboveTmp.endsWith('.claimlens.yaml'));
    assert.equal(new ConfigLocator(path.join(root, 'repo')).locate(path.join(root, 'repo/desk')), '');
  });
});
