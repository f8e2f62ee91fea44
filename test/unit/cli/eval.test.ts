import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

describe('npm run eval', () => {
  it('says the corpora are absent and exits 0 when the shared folder is missing', () => {
    const script = path.resolve(__dirname, '../../../../scripts/eval.mjs');
    const missing = path.join(__dirname, 'no-such-shared-folder');
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, CLAIMLENS_SHARED: missing } });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /no evaluation corpora: .*no-such-shared-folder is absent/);
  });
});
