import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli';
import { claim, runIn, scratch, STORY, writeArticle } from './cliRun';

describe('claimlens export', () => {
  let dir: string;
  beforeEach(() => {
    dir = scratch();
    writeArticle(dir, 'news/bridge.txt', STORY, [
      claim(STORY, 'a-bridge', 'attributed', 'verified', 'The mayor said the bridge will open in May.', { source: { name: 'Mayor', url: 'https://city.example/mayor' }, note: 'Confirmed <b>by</b> the council.' }),
    ]);
    writeArticle(dir, 'news/plain.md', 'Nothing to flag here.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a Markdown report of a folder to standard output', async () => {
    const r = await runIn(dir, ['export', '--format', 'md', '--include-unreviewed', 'omit', 'news']);
    assert.equal(r.code, EXIT_OK, r.err);
    assert.match(r.out, /^## news\/bridge\.txt$/m);
    assert.match(r.out, /^## news\/plain\.md$/m);
    assert.match(r.out, /Source: \[Mayor\]\(https:\/\/city\.example\/mayor\)/);
    assert.match(r.out, /Note: Confirmed &lt;b&gt;by&lt;\/b&gt; the council\./);
  });

  it('writes to --out and says so on stderr', async () => {
    const r = await runIn(dir, ['export', '--format=csv', '--include-unreviewed=omit', '--out', 'out/claims.csv', 'news/bridge.txt']);
    assert.equal(r.code, EXIT_OK, r.err);
    assert.equal(r.out, '');
    assert.match(r.err, /wrote CSV for 1 article to out\/claims\.csv/);
    const csv = fs.readFileSync(path.join(dir, 'out/claims.csv'), 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.match(csv, /^news\/bridge\.txt,attributed,verified,The mayor said the bridge will open in May\.,,Mayor,https:\/\/city\.example\/mayor,/m);
  });

  it('marks unreviewed detections by default', async () => {
    const r = await runIn(dir, ['export', '--format', 'md', 'news/bridge.txt']);
    assert.equal(r.code, EXIT_OK, r.err);
    assert.match(r.out, /\*\*unreviewed detection\*\* · Unverified statement · line 2/);
  });

  it('re-anchors a sidecar written before the last edit', async () => {
    fs.writeFileSync(path.join(dir, 'news/bridge.txt'), `Update: new paragraph.\n\n${STORY}`);
    const r = await runIn(dir, ['export', '--format', 'webannotation', '--include-unreviewed', 'omit', 'news/bridge.txt']);
    assert.equal(r.code, EXIT_OK, r.err);
    const doc = JSON.parse(r.out);
    const [annotation] = doc.first.items;
    assert.deepEqual(annotation.target.selector[1], { type: 'TextPositionSelector', start: 24, end: 67 });
    assert.match(annotation.target.source, /^file:\/\/\/.*\/news\/bridge\.txt$/);
  });

  it('passes the organisation to ClaimReview', async () => {
    const r = await runIn(dir, ['export', '--format', 'claimreview', '--organization', 'City Desk', 'news']);
    assert.equal(r.code, EXIT_OK, r.err);
    const doc = JSON.parse(r.out);
    assert.equal(doc['@graph'].length, 1);
    assert.equal(doc['@graph'][0].author.name, 'City Desk');
    assert.equal(doc['@graph'][0].reviewRating.alternateName, 'True');
  });

  it('refuses a malformed sidecar with its position, exit 2, and leaves it untouched', async () => {
    const sidecar = path.join(dir, 'news/bridge.txt.claims.yaml');
    const broken = 'version: 1\nannotations:\n  - id: x\n    kind: [unclosed\n';
    fs.writeFileSync(sidecar, broken);
    const r = await runIn(dir, ['export', '--format', 'md', '--include-unreviewed', 'omit', '--out', 'r.md', 'news']);
    assert.equal(r.code, EXIT_USAGE);
    assert.match(r.err, /news\/bridge\.txt\.claims\.yaml:\d+:\d+: malformed sidecar, left untouched/);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), broken);
    assert.ok(!fs.existsSync(path.join(dir, 'r.md')), 'no partial report is written');
  });

  it('rejects bad usage with exit 2', async () => {
    assert.equal((await runIn(dir, ['export', '--format', 'pdf', 'news'])).code, EXIT_USAGE);
    assert.equal((await runIn(dir, ['export', 'news'])).code, EXIT_USAGE);
    assert.equal((await runIn(dir, ['export', '--format', 'md'])).code, EXIT_USAGE);
    assert.equal((await runIn(dir, ['export', '--format', 'md', '--include-unreviewed', 'maybe', 'news'])).code, EXIT_USAGE);
    const missing = await runIn(dir, ['export', '--format', 'md', 'nope.txt']);
    assert.equal(missing.code, EXIT_USAGE);
    assert.match(missing.err, /nope\.txt: no such file or folder/);
  });
});
