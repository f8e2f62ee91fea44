/**
 * Entry point VS Code loads in the extension host (extensionTestsPath): runs every *.test.js beside it with mocha.
 * Both mocha interfaces work: `describe`/`it` (bdd, as in the unit tests; prefer it) and `suite`/`test` (tdd).
 * CLAIMLENS_TEST_FILE=part runs only the files whose name contains `part`; CLAIMLENS_TEST_GREP=text runs only the
 * tests whose full title matches. Ends with the plain line `N passed, N failed`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Runs the *.test.js files of `dir` (filtered by CLAIMLENS_TEST_FILE) and rejects when any test fails. */
export function runMochaIn(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000, slow: 5_000 });
  Mocha.interfaces.tdd(mocha.suite); // let suite()/test() files run in the same pass
  const grep = process.env.CLAIMLENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  const only = process.env.CLAIMLENS_TEST_FILE;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .filter((f) => !only || f.includes(only))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${dir}${only ? ` matching '${only}'` : ''}`));
  for (const f of files) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      console.log(`${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
      else if (passed === 0) reject(new Error('no integration test ran'));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}

/** Called by VS Code's test runner. */
export function run(): Promise<void> {
  return runMochaIn(__dirname);
}
