import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { THEME_COLORS } from '../../../src/core/export/palette';

describe('export palette', () => {
  it('matches the defaults of the theme colours the editor draws with', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
    const colors: { id: string; defaults: { light: string; dark: string } }[] = manifest.contributes?.colors ?? [];
    for (const [id, defaults] of Object.entries(THEME_COLORS)) {
      const declared = colors.find((c) => c.id === `claimlens.${id}`);
      assert.ok(declared, `package.json declares claimlens.${id}`);
      assert.deepEqual({ light: declared.defaults.light.toLowerCase(), dark: declared.defaults.dark.toLowerCase() }, defaults, `claimlens.${id}`);
    }
  });
});
