import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '../../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** A stand-in for VS Code's Markdown grammar: prose lines, and fenced code blocks the injection must skip. */
const FAKE_MARKDOWN = {
  scopeName: 'text.html.markdown',
  patterns: [{ name: 'markup.fenced_code.block.markdown', begin: '^```', end: '^```' }, { name: 'markup.inline.raw.string.markdown', match: '`[^`]*`' }],
};

let registry: textmate.Registry;

async function grammar(scope: string): Promise<textmate.IGrammar> {
  const g = await registry.loadGrammar(scope);
  assert.ok(g, `grammar ${scope} loads`);
  return g;
}

/** The scopes of each token of `line`, as `text => innermost scope` pairs (untokenised text omitted). */
function scopes(g: textmate.IGrammar, line: string): Array<[string, string[]]> {
  const { tokens } = g.tokenizeLine(line, textmate.INITIAL);
  return tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes]);
}

function scopeOf(g: textmate.IGrammar, line: string, text: string): string[] {
  const hit = scopes(g, line).find(([t]) => t === text);
  assert.ok(hit, `"${text}" is a token of ${JSON.stringify(line)}: ${JSON.stringify(scopes(g, line))}`);
  return hit[1];
}

describe('TextMate grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const grammars: Record<string, string> = {};
    for (const g of manifest.contributes.grammars) grammars[g.scopeName] = path.join(root, g.path);
    registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scopeName) => {
        if (scopeName === 'text.html.markdown') return textmate.parseRawGrammar(JSON.stringify(FAKE_MARKDOWN), 'markdown.json');
        const file = grammars[scopeName];
        return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName) =>
        manifest.contributes.grammars.filter((g: { injectTo?: string[] }) => g.injectTo?.includes(scopeName)).map((g: { scopeName: string }) => g.scopeName),
    });
  });

  it('is contributed for the claimlens-article language and injected into Markdown', () => {
    const article = manifest.contributes.grammars.find((g: { language?: string }) => g.language === 'claimlens-article');
    assert.equal(article?.scopeName, 'text.claimlens.article');
    assert.ok(manifest.contributes.languages.some((l: { id: string }) => l.id === 'claimlens-article'));
    const injection = manifest.contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo);
    assert.deepEqual(injection.injectTo, ['text.html.markdown']);
  });

  it('scopes curly and straight quotations, including their marks', async () => {
    const g = await grammar('text.claimlens.article');
    const line = '“We will rebuild,” the mayor said, and "soon" was the word.';
    assert.ok(scopeOf(g, line, 'We will rebuild,').includes('string.quoted.double.claimlens'));
    assert.ok(scopeOf(g, line, '“').includes('punctuation.definition.string.begin.claimlens'));
    assert.ok(scopeOf(g, line, '”').includes('punctuation.definition.string.end.claimlens'));
    assert.ok(scopeOf(g, line, 'soon').includes('string.quoted.double.claimlens'));
    assert.ok(!scopeOf(g, line, ' was the word.').includes('string.quoted.double.claimlens'));
  });

  it('ends an unclosed quotation at the end of the line', async () => {
    const g = await grammar('text.claimlens.article');
    const { tokens, ruleStack } = g.tokenizeLine('He said: “it is over', textmate.INITIAL);
    assert.ok(tokens.length > 0);
    const next = g.tokenizeLine('A new paragraph.', ruleStack);
    assert.deepEqual(next.tokens.map((t) => t.scopes), [['text.claimlens.article']]);
  });

  it('scopes attribution cues as whole words, case-insensitively, multi-word cues included', async () => {
    const g = await grammar('text.claimlens.article');
    assert.ok(scopeOf(g, 'The minister said the plan works.', 'said').includes('keyword.other.attribution-cue.claimlens'));
    assert.ok(scopeOf(g, 'According  to police, two died.', 'According  to').includes('keyword.other.attribution-cue.claimlens'));
    // "saidan" is not the cue "said".
    assert.ok(!scopes(g, 'the saidan tribe').some(([, s]) => s.includes('keyword.other.attribution-cue.claimlens')));
  });

  it('scopes hedges and, separately, modal hedges', async () => {
    const g = await grammar('text.claimlens.article');
    assert.ok(scopeOf(g, 'The bridge was reportedly closed.', 'reportedly').includes('storage.modifier.hedge.claimlens'));
    assert.ok(scopeOf(g, 'He is believed to have fled.', 'is believed to').includes('storage.modifier.hedge.claimlens'));
    const modal = scopeOf(g, 'Prices may rise.', 'may');
    assert.ok(modal.includes('storage.modifier.hedge.modal.claimlens'));
    assert.ok(!modal.includes('storage.modifier.hedge.claimlens'));
  });

  it('is injected into Markdown prose but not into code', async () => {
    const md = await grammar('text.html.markdown');
    assert.ok(scopeOf(md, 'Officials reportedly said “no”.', 'reportedly').includes('storage.modifier.hedge.claimlens'));
    assert.ok(scopeOf(md, 'Officials reportedly said “no”.', 'no').includes('string.quoted.double.claimlens'));
    const code = scopes(md, 'Run `said reportedly` here.');
    assert.ok(!code.some(([, s]) => s.includes('keyword.other.attribution-cue.claimlens')), JSON.stringify(code));
  });
});
