import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

/** Files under `dir` (recursively) whose names end with `.ts`. */
export function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const VSCODE_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]vscode['"]/;

/** The lines of `source` that import the `vscode` module, in any syntax TypeScript accepts. */
export function vscodeImports(source: string): string[] {
  return source.split('\n').filter((line) => VSCODE_IMPORT.test(line));
}

describe('architecture', () => {
  it('recognises every way of importing vscode (the guard itself can fail)', () => {
    for (const line of [
      "import * as vscode from 'vscode';",
      'import type { Uri } from "vscode";',
      "const vscode = require('vscode');",
      "const v = await import('vscode');",
      "import 'vscode';",
    ]) {
      assert.equal(vscodeImports(line).length, 1, line);
    }
    assert.deepEqual(vscodeImports("import * as yaml from 'yaml';\n// vscode is not imported here"), []);
  });

  it('keeps src/core free of the vscode API', () => {
    const offenders = tsFiles(path.join(root, 'src/core')).filter((file) => vscodeImports(fs.readFileSync(file, 'utf8')).length > 0);
    assert.deepEqual(offenders.map((f) => path.relative(root, f)), []);
  });

  it('keeps src/core free of Node-only modules so it runs in a browser', () => {
    const nodeOnly = /from\s+['"](?:node:)?(?:fs|path|os|child_process|worker_threads)['"]/;
    const offenders = tsFiles(path.join(root, 'src/core')).filter((file) => nodeOnly.test(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(root, f)), []);
  });
});
