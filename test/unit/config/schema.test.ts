import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECK_CONDITIONS, CHECK_KEYS, WORKSPACE_CONFIG_KEYS } from '../../../src/core/config/workspaceConfig';

const root = path.resolve(__dirname, '../../../..');

interface Schema {
  additionalProperties: boolean;
  properties: Record<string, { properties?: Record<string, { items: { enum: unknown[] } }>; additionalProperties?: boolean }>;
}

describe('.claimlens.yaml schema', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    contributes: { yamlValidation?: { fileMatch: string; url: string }[] };
  };
  const entry = manifest.contributes.yamlValidation?.find((v) => v.fileMatch === '.claimlens.yaml');

  it('is contributed for .claimlens.yaml and exists', () => {
    assert.ok(entry, 'package.json contributes.yamlValidation has an entry for .claimlens.yaml');
    assert.ok(fs.existsSync(path.join(root, entry.url)), entry.url);
  });

  it('knows exactly the keys the parser knows, so editors and the CLI agree', () => {
    assert.ok(entry);
    const schema = JSON.parse(fs.readFileSync(path.join(root, entry.url), 'utf8')) as Schema;
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties).sort(), [...WORKSPACE_CONFIG_KEYS].sort());
    const check = schema.properties.check;
    assert.equal(check.additionalProperties, false);
    assert.deepEqual(Object.keys(check.properties ?? {}).sort(), [...CHECK_KEYS].sort());
    // `false` unquoted is YAML's boolean; the parser reads it as the status, so the schema allows it too
    const conditions = (check.properties?.failOn.items.enum ?? []).filter((c) => c !== false);
    assert.deepEqual([...conditions].sort(), [...CHECK_CONDITIONS].sort());
  });
});
