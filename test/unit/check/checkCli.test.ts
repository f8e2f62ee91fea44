import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli';
import { claim, runIn, scratch, writeArticle } from '../export/cliRun';

const TEXT = 'Intro line.\nThe minister said taxes will fall.\nThe report was published on Monday.\n';

describe('claimlens check', () => {
  let dir: string;
  beforeEach(() => {
    dir = scratch();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints what blocks publication as file:line:col and exits 1', async () => {
    writeArticle(dir, 'a.txt', TEXT, [claim(TEXT, 'a1', 'attributed', 'disputed', 'The minister said taxes will fall.', { source: { name: 'Minister' } })]);
    const r = await runIn(dir, ['check', '--allow', 'unreviewed', '.']);
    assert.equal(r.code, EXIT_FINDINGS, r.err);
    assert.match(r.out, /^a\.txt:2:1: disputed: attributed claim "The minister said taxes will fall\." \[a1\]$/m);
    assert.match(r.out, /1 claim blocks publication in 1 of 1 article/);
  });

  it('exits 0 when every claim is decided and sourced', async () => {
    writeArticle(dir, 'a.txt', TEXT, [claim(TEXT, 'a1', 'attributed', 'verified', 'The minister said taxes will fall.', { source: { name: 'Minister' } })]);
    const r = await runIn(dir, ['check', '--allow', 'unreviewed', 'a.txt']);
    assert.equal(r.code, EXIT_OK, r.out);
    assert.match(r.out, /ready to publish: 1 article/);
  });

  it('fails on a verified attributed claim without a source', async () => {
    writeArticle(dir, 'a.txt', TEXT, [claim(TEXT, 'a1', 'attributed', 'verified', 'The minister said taxes will fall.')]);
    const r = await runIn(dir, ['check', '--allow', 'unreviewed', 'a.txt']);
    assert.equal(r.code, EXIT_FINDINGS);
    assert.match(r.out, /a\.txt:2:1: no source recorded:/);
  });

  it('takes its policy from .claimlens.yaml, and flags override it', async () => {
    writeArticle(dir, 'a.txt', TEXT, [claim(TEXT, 'a1', 'attributed', 'unchecked', 'The minister said taxes will fall.', { source: { name: 'Minister' } })]);
    fs.writeFileSync(path.join(dir, '.claimlens.yaml'), 'check:\n  failOn: [false, disputed]\n');
    assert.equal((await runIn(dir, ['check', 'a.txt'])).code, EXIT_OK);
    assert.equal((await runIn(dir, ['check', '--fail-on', 'unchecked', 'a.txt'])).code, EXIT_FINDINGS);
  });

  it('uses the .claimlens.yaml nearest each article, or the one --config names', async () => {
    const unchecked = [claim(TEXT, 'a1', 'attributed', 'unchecked', 'The minister said taxes will fall.', { source: { name: 'Minister' } })];
    writeArticle(dir, 'strict/a.txt', TEXT, unchecked);
    writeArticle(dir, 'lenient/b.txt', TEXT, unchecked);
    fs.writeFileSync(path.join(dir, 'lenient/.claimlens.yaml'), 'check:\n  failOn: [false]\n');
    const r = await runIn(dir, ['check', '--allow', 'unreviewed', '.']);
    assert.equal(r.code, EXIT_FINDINGS);
    assert.match(r.out, /^strict\/a\.txt:2:1: unchecked:/m);
    assert.ok(!r.out.includes('lenient/b.txt:'), r.out);
    fs.writeFileSync(path.join(dir, 'policy.yaml'), 'check:\n  failOn: [false]\n');
    assert.equal((await runIn(dir, ['check', '--config', 'policy.yaml', '.'])).code, EXIT_OK);
    assert.equal((await runIn(dir, ['check', '--config', 'missing.yaml', '.'])).code, EXIT_USAGE);
  });

  it('blocks on unreviewed detections by default', async () => {
    writeArticle(dir, 'a.txt', 'Officials reportedly expect delays.\n');
    const r = await runIn(dir, ['check', 'a.txt']);
    assert.equal(r.code, EXIT_FINDINGS, r.out + r.err);
    assert.match(r.out, /^a\.txt:1:\d+: unreviewed detection: unverified statement/m);
  });

  it('exits 2 on a malformed sidecar, a broken workspace policy or bad flags', async () => {
    writeArticle(dir, 'a.txt', TEXT);
    fs.writeFileSync(path.join(dir, 'a.txt.claims.yaml'), 'version: 1\nannotations: {\n');
    const bad = await runIn(dir, ['check', '--allow', 'unreviewed', 'a.txt']);
    assert.equal(bad.code, EXIT_USAGE);
    assert.match(bad.err, /a\.txt\.claims\.yaml:\d+:\d+: malformed sidecar/);
    fs.rmSync(path.join(dir, 'a.txt.claims.yaml'));
    fs.writeFileSync(path.join(dir, '.claimlens.yaml'), 'check:\n  failOn: [unchekced]\n');
    const policy = await runIn(dir, ['check', '--allow', 'unreviewed', 'a.txt']);
    assert.equal(policy.code, EXIT_USAGE);
    assert.match(policy.err, /\.claimlens\.yaml:2:\d+: check\.failOn: unknown condition 'unchekced'/);
    assert.equal((await runIn(dir, ['check', '--fail-on', 'bogus', 'a.txt'])).code, EXIT_USAGE);
    assert.equal((await runIn(dir, ['check'])).code, EXIT_USAGE);
  });
});
