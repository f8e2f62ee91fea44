import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_IDS } from '../../../src/extension/commandIds';
import { tsFiles } from './architecture.test';

const root = path.resolve(__dirname, '../../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The differences between the commands a manifest contributes and the ids the code registers. */
export function commandMismatches(contributed: string[], registered: readonly string[]): string[] {
  const problems: string[] = [];
  for (const id of contributed) if (!registered.includes(id)) problems.push(`${id} is in package.json but not registered in code`);
  for (const id of registered) if (!contributed.includes(id)) problems.push(`${id} is registered in code but not in package.json`);
  return problems;
}

describe('manifest', () => {
  const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);

  it('reports a mismatch in either direction (the guard itself can fail)', () => {
    assert.deepEqual(commandMismatches(['a', 'b'], ['a', 'c']), [
      'b is in package.json but not registered in code',
      'c is registered in code but not in package.json',
    ]);
  });

  it('contributes exactly the commands the code registers', () => {
    assert.deepEqual(commandMismatches(contributed, COMMAND_IDS), []);
  });

  it('registers commands only through the command table', () => {
    const direct = tsFiles(path.join(root, 'src'))
      .filter((f) => !f.endsWith(path.join('extension', 'commands.ts')))
      .filter((f) => /registerCommand\s*\(/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(direct.map((f) => path.relative(root, f)), []);
  });

  it('puts every command in the ClaimLens category', () => {
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'ClaimLens', c.command);
  });

  it('never activates on *', () => {
    assert.ok(!(manifest.activationEvents ?? []).includes('*'));
  });

  it('describes every setting', () => {
    for (const [key, setting] of Object.entries<any>(manifest.contributes.configuration.properties ?? {})) {
      assert.ok(setting.description || setting.markdownDescription, `${key} has no description`);
    }
  });
});
