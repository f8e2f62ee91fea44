import * as assert from 'node:assert/strict';
import { runCli, EXIT_OK, EXIT_USAGE } from '../../src/cli/cli';

/** Runs the CLI in-process and captures what it prints. */
export async function capture(argv: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, cwd });
  return { code, out, err };
}

describe('cli', () => {
  it('prints usage for help and exits 0', async () => {
    const r = await capture(['help']);
    assert.equal(r.code, EXIT_OK);
    assert.match(r.out, /usage: claimlens/);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const r = await capture(['frobnicate']);
    assert.equal(r.code, EXIT_USAGE);
    assert.match(r.err, /unknown command 'frobnicate'/);
  });
});
