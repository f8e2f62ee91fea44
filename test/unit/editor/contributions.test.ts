import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_IDS, HOVER_COMMAND_IDS } from '../../../src/extension/commandIds';
import { CUE_COLOR, gutterIconPath, KIND_COLORS, SHOWN_STATUSES, SOURCE_COLOR, statusColorId } from '../../../src/core/editor/theme';

const root = path.resolve(__dirname, '../../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('editor contributions in package.json', () => {
  it('contributes every theme colour the code uses, with light, dark and high-contrast defaults', () => {
    const colors = new Map<string, { defaults: Record<string, string> }>(contributes.colors.map((c: { id: string }) => [c.id, c]));
    const used = [CUE_COLOR, SOURCE_COLOR, ...Object.values(KIND_COLORS).flatMap((k) => [k.background, k.border]), ...SHOWN_STATUSES.map(statusColorId)];
    for (const id of used) {
      const color = colors.get(id);
      assert.ok(color, `${id} is contributed`);
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.match(color.defaults[theme], /^#[0-9a-f]{6}([0-9a-f]{2})?$/i, `${id} ${theme}`);
    }
  });

  it('ships a light and a dark gutter icon for every status, and the view container icon', () => {
    for (const status of SHOWN_STATUSES) {
      for (const theme of ['light', 'dark'] as const) {
        const file = path.join(root, gutterIconPath(status, theme));
        assert.ok(fs.existsSync(file), file);
        assert.match(fs.readFileSync(file, 'utf8'), /^<svg /);
      }
    }
    for (const container of contributes.viewsContainers.activitybar) assert.ok(fs.existsSync(path.join(root, container.icon)), container.icon);
  });

  it('names only contributed commands in menus and keybindings, and lets hovers run only claim commands', () => {
    const ids = new Set<string>(COMMAND_IDS);
    for (const [menu, items] of Object.entries<{ command: string }[]>(contributes.menus)) {
      for (const item of items) assert.ok(ids.has(item.command), `${menu}: ${item.command}`);
    }
    for (const k of contributes.keybindings) assert.ok(ids.has(k.command), k.command);
    assert.ok(HOVER_COMMAND_IDS.every((id) => ids.has(id)));
    assert.ok(!HOVER_COMMAND_IDS.includes('claimlens.removeAnnotation' as never), 'a hover link never deletes');
  });

  it('contributes every claimlens setting the editor reads', () => {
    const source = fs.readFileSync(path.join(root, 'src/extension/settings.ts'), 'utf8');
    const read = [...source.matchAll(/c\.get(?:<[^>]*>)?\('([\w.]+)'\)/g)].map((m) => `claimlens.${m[1]}`);
    assert.ok(read.length > 10, 'the settings reader was parsed');
    const declared = Object.keys(contributes.configuration.properties);
    assert.deepEqual(read.filter((key) => !declared.includes(key)), []);
  });

  it('restricts in untrusted workspaces only settings that exist, and nests sidecars under their articles', () => {
    const declared = Object.keys(contributes.configuration.properties);
    for (const key of manifest.capabilities.untrustedWorkspaces.restrictedConfigurations) assert.ok(declared.includes(key), key);
    const nesting = contributes.configurationDefaults['explorer.fileNesting.patterns'];
    assert.equal(nesting['*.txt'], '${capture}.txt.claims.yaml');
    assert.equal(nesting['*.md'], '${capture}.md.claims.yaml');
  });

  it('activates from contributions plus plain text, Markdown and sidecar workspaces, never on *', () => {
    assert.deepEqual(
      [...manifest.activationEvents].sort(),
      ['onLanguage:markdown', 'onLanguage:plaintext', 'workspaceContains:**/*.claims.yaml'],
    );
  });
});
