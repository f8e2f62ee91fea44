import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import type { SidecarData } from '../../../src/core/annotations';
import { canonicalScalar, readCanonical } from '../../../src/core/sidecar/canonical';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/format';
import { newAnnotation } from '../../../src/core/sidecar/model';

/** What the yaml package reads from `text` (undefined when it reports an error). */
function yamlValue(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  return doc.errors.length > 0 ? undefined : doc.toJS();
}

const tricky = fc.constantFrom(
  '', ' ', 'a', 'yes', 'No', 'null', '~', 'true', '1', '0x1F', '1e3', '.inf', 'a: b', 'a:b', 'a #b', 'a#b', "it's", '"q"', '- x', '? y',
  'tab\there', 'line\nbreak', 'cr\rx', 'trailing ', ' leading', 'two  spaces', 'é', '👍', '\u2028', '\u0085', '\x7f', '\uFEFF', '\uD800', 'x\uDC00',
  'https://example.org/a?b=c&d=e', 'Dr. Ana López (minister), said: no', '@at', '%p', '*star', '&amp', '!bang', '|pipe', '>gt', '`tick', '[x]', '{y}',
);
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), tricky, fc.array(tricky, { maxLength: 4 }).map((parts) => parts.join('')));

describe('canonical sidecar layout', () => {
  it('writes scalars that YAML reads back as the same string', () => {
    fc.assert(
      fc.property(text, (value) => {
        const line = `key: ${canonicalScalar(value)}\n`;
        assert.deepEqual(yamlValue(line), { key: value }, JSON.stringify(line));
        assert.deepEqual(readCanonical(`version: 1\narticle: ${canonicalScalar(value)}\n`), { version: 1, article: value });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads what it wrote as YAML does, and writes canonical files on a fresh save', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ quote: text, note: fc.option(text, { nil: undefined }), name: fc.option(text, { nil: undefined }) }), { maxLength: 5 }), (items) => {
        const data: SidecarData = {
          version: 1, article: 'story.txt', dismissed: [],
          annotations: items.map((item, i) => {
            const a = newAnnotation('x', { kind: 'unverified', start: 0, end: 1, origin: 'manual', now: new Date(0) });
            a.anchor = { quote: item.quote || 'q', prefix: item.note ?? '', suffix: item.quote, start: i, end: i + 1 };
            if (item.note !== undefined) a.note = item.note;
            if (item.name !== undefined) a.source = { name: item.name, url: item.quote };
            return a;
          }),
        };
        const written = serializeSidecar(data);
        const fast = readCanonical(written);
        assert.ok(fast, `a fresh save is canonical:\n${written}`);
        assert.deepEqual(fast, yamlValue(written));
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a text differently from YAML: mutated files are either read as YAML reads them or left to YAML', () => {
    const base = serializeSidecar({
      version: 1, article: 'story.txt', dismissed: [],
      annotations: [
        newAnnotation('The minister said: "no" (twice).', { kind: 'attributed', start: 0, end: 32, origin: 'detected', cue: 'said', source: { name: 'The minister' }, note: 'two\nlines' }),
        newAnnotation('Officials reportedly disagree.', { kind: 'unverified', start: 0, end: 30, origin: 'manual' }),
      ],
    });
    const lines = base.split('\n');
    const edit = fc.record({ line: fc.nat({ max: lines.length - 1 }), at: fc.nat({ max: 60 }), insert: fc.oneof(text, fc.constantFrom(' ', '  ', '- ', ':', '#', '"', "'", '\n', '  - x: y\n', 'extra: 1\n')), remove: fc.nat({ max: 3 }) });
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const mutated = [...lines];
        for (const e of edits) {
          const line = mutated[e.line % mutated.length];
          const at = Math.min(e.at, line.length);
          mutated[e.line % mutated.length] = line.slice(0, at) + e.insert + line.slice(at + e.remove);
        }
        const candidate = mutated.join('\n');
        const fast = readCanonical(candidate);
        if (fast === undefined) return;
        accepted++;
        assert.deepEqual(fast, yamlValue(candidate), JSON.stringify(candidate));
      }),
      { numRuns: 4000 },
    );
    assert.ok(accepted > 100, `only ${accepted} mutated files stayed in the canonical layout`);
  });

  it('leaves comments and hand formatting to the Document API, so editing keeps them', () => {
    const data: SidecarData = {
      version: 1, article: 'a.txt', dismissed: [],
      annotations: [newAnnotation('Officials said so.', { kind: 'attributed', start: 0, end: 18, origin: 'manual' })],
    };
    const written = serializeSidecar(data);
    const commented = written.replace('annotations:', '# reviewed on Monday\nannotations:');
    assert.equal(readCanonical(commented), undefined);
    const parsed = parseSidecar(commented);
    assert.ok(parsed.ok);
    parsed.data.annotations[0].status = 'verified';
    const edited = serializeSidecar(parsed.data, commented);
    assert.ok(edited.includes('# reviewed on Monday'));
    assert.ok(edited.includes('status: verified'));
  });
});
