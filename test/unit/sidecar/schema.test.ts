import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KINDS, ORIGINS, STATUSES } from '../../../src/core/annotations';
import { SIDECAR_KEYS } from '../../../src/core/sidecar/format';

const root = path.resolve(__dirname, '../../../..');

interface ObjectSchema {
  properties: Record<string, { enum?: unknown[]; $ref?: string; properties?: Record<string, unknown> }>;
  required: string[];
}

describe('sidecar JSON Schema', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    contributes: { yamlValidation?: { fileMatch: string; url: string }[] };
  };
  const entry = manifest.contributes.yamlValidation?.find((v) => v.fileMatch === '*.claims.yaml');
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/sidecar.schema.json'), 'utf8')) as ObjectSchema & {
    definitions: Record<string, ObjectSchema & { enum?: unknown[] }>;
  };

  it('is contributed for *.claims.yaml through yamlValidation', () => {
    assert.ok(entry);
    assert.equal(path.normalize(entry.url), path.normalize('./schemas/sidecar.schema.json'));
  });

  it('knows the keys, statuses, kinds and origins the parser knows', () => {
    assert.deepEqual(Object.keys(schema.properties), [...SIDECAR_KEYS.top]);
    assert.deepEqual(Object.keys(schema.definitions.annotation.properties), [...SIDECAR_KEYS.annotation]);
    assert.deepEqual(Object.keys(schema.definitions.dismissal.properties), [...SIDECAR_KEYS.dismissal]);
    assert.deepEqual(Object.keys(schema.definitions.annotation.properties.source.properties ?? {}), [...SIDECAR_KEYS.source]);
    assert.deepEqual(schema.definitions.annotation.properties.status.enum, [...STATUSES]);
    assert.deepEqual(schema.definitions.kind.enum, [...KINDS]);
    assert.deepEqual(schema.definitions.annotation.properties.origin.enum, [...ORIGINS]);
  });
});
