import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SidecarData } from '../../../src/core/annotations';
import { writeFileAtomic } from '../../../src/core/sidecar/atomicWrite';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/format';
import { newAnnotation } from '../../../src/core/sidecar/model';
import { nodeAtomicFs } from './fixtures/atomicWriter';

const WRITER = path.join(__dirname, 'fixtures', 'atomicWriter.js');
const TRIALS = 25;

function bigSidecar(count: number, note: string): string {
  const text = 'The spokesperson said the figures were accurate, officials reportedly confirmed. '.repeat(50);
  const data: SidecarData = { version: 1, article: 'story.txt', annotations: [], dismissed: [] };
  for (let i = 0; i < count; i++) {
    const start = (i * 7) % (text.length - 60);
    data.annotations.push(newAnnotation(text, { kind: 'attributed', start, end: start + 50, origin: 'detected', note: `${note} ${i}` }));
  }
  return serializeSidecar(data);
}

/** Starts the writer, kills it with SIGKILL after a random delay, and returns what the target holds then. */
async function killMidSave(dir: string, target: string, mode: 'atomic' | 'direct'): Promise<string> {
  const child = spawn(process.execPath, [WRITER, target, path.join(dir, 'a.yaml'), path.join(dir, 'b.yaml'), mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('error', reject);
  });
  await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 60));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  return fs.readFileSync(target, 'utf8');
}

describe('atomic sidecar writes', function () {
  this.timeout(120_000);
  let dir: string;
  let versionA: string;
  let versionB: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-atomic-'));
    versionA = bigSidecar(1500, 'first version');
    versionB = bigSidecar(1000, 'second version, with a different length');
    fs.writeFileSync(path.join(dir, 'a.yaml'), versionA);
    fs.writeFileSync(path.join(dir, 'b.yaml'), versionB);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves the old file or the new one, never a torn one, when the writer is killed mid-save', async () => {
    const target = path.join(dir, 'story.txt.claims.yaml');
    fs.writeFileSync(target, versionA);
    let leftovers = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const content = await killMidSave(dir, target, 'atomic');
      assert.ok(content === versionA || content === versionB, `trial ${trial}: the sidecar is torn (${content.length} chars)`);
      assert.ok(parseSidecar(content).ok);
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))) {
        leftovers++;
        fs.rmSync(path.join(dir, name));
      }
    }
    // A temporary file left behind shows a kill landed between writing and renaming: the case this test is about.
    assert.ok(leftovers > 0, 'no kill landed mid-save; the test did not exercise anything');
  });

  it('detects torn files: the same kills tear a file written in place', async () => {
    const target = path.join(dir, 'direct.claims.yaml');
    fs.writeFileSync(target, versionA);
    let torn = 0;
    for (let trial = 0; trial < TRIALS && torn === 0; trial++) {
      const content = await killMidSave(dir, target, 'direct');
      if (content !== versionA && content !== versionB) torn++;
    }
    assert.ok(torn > 0, 'writing in place was never caught torn, so the atomic test above would not catch it either');
  });

  it('removes its temporary file and keeps the target when the rename fails', async () => {
    const target = path.join(dir, 'keep.claims.yaml');
    fs.writeFileSync(target, 'old');
    const failing = { ...nodeAtomicFs, rename: async () => Promise.reject(new Error('disk full')) };
    await assert.rejects(writeFileAtomic(failing, target, new TextEncoder().encode('new')), /disk full/);
    assert.equal(fs.readFileSync(target, 'utf8'), 'old');
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.startsWith('.keep')), []);
  });
});
