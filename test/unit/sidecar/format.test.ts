import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SidecarData } from '../../../src/core/annotations';
import { MAX_SIDECAR_CHARS, parseSidecar, serializeSidecar } from '../../../src/core/sidecar/format';
import { newAnnotation, newDismissal } from '../../../src/core/sidecar/model';

const ARTICLE = 'The minister said: "We will build 300 homes this year." Officials reportedly disagree.\nLine two.';

function sample(): SidecarData {
  const first = newAnnotation(ARTICLE, {
    kind: 'attributed', start: 19, end: 55, origin: 'detected', cue: 'said', rule: 'said-quote',
    source: { name: 'The minister', url: 'https://example.org/m', type: 'official' }, note: 'two\nlines', by: 'ana',
  });
  const second = newAnnotation(ARTICLE, { kind: 'unverified', start: 56, end: 86, origin: 'manual', status: 'disputed' });
  const dismissal = newDismissal(ARTICLE, {
    kind: 'unverified', start: 87, end: 96, text: 'Line two.', cue: null, source: null, content: null, category: 'modal', rule: 'r1',
  });
  return { version: 1, article: 'story.txt', annotations: [second, first], dismissed: [dismissal] };
}

function parseOk(text: string, articleName?: string): SidecarData {
  const result = parseSidecar(text, { articleName });
  if (!result.ok) assert.fail(`expected a valid sidecar, got ${result.error.message} at ${result.error.line}:${result.error.col}`);
  return result.data;
}

function parseError(text: string): { message: string; line: number; col: number } {
  const result = parseSidecar(text);
  if (result.ok) assert.fail('expected an error');
  return result.error;
}

describe('sidecar format', () => {
  it('round-trips every field, sorted by start then id', () => {
    const data = sample();
    const text = serializeSidecar(data);
    const back = parseOk(text);
    assert.deepEqual(back.annotations.map((a) => a.anchor.start), [19, 56]);
    assert.deepEqual(back, { ...data, annotations: [data.annotations[1], data.annotations[0]] });
  });

  it('writes keys in a stable order with a flat anchor', () => {
    const text = serializeSidecar(sample());
    const keys = text.split('\n').filter((l) => /^ {2}(- | {2})[a-z]+:/.test(l)).map((l) => l.replace(/^ *(- )?/, '').split(':')[0]);
    const firstAnnotation = keys.slice(0, keys.indexOf('by') + 1);
    assert.deepEqual(firstAnnotation, [
      'id', 'kind', 'status', 'quote', 'prefix', 'suffix', 'start', 'end', 'cue', 'source', 'note', 'origin', 'rule', 'created', 'updated', 'by',
    ]);
    assert.match(text, /^version: 1\narticle: story.txt\nannotations:\n/m);
    assert.ok(text.indexOf('annotations:') < text.indexOf('dismissed:'));
  });

  it('writes the same text for the same data whatever the input order', () => {
    const data = sample();
    const reversed = { ...data, annotations: [...data.annotations].reverse() };
    assert.equal(serializeSidecar(data), serializeSidecar(reversed));
  });

  it('keeps comments, blank lines, unknown keys and the user order when editing a commented sidecar', () => {
    const data = sample();
    const [second, first] = data.annotations;
    const original = [
      '# Checked by the night desk.',
      'version: 1',
      'article: story.txt # the article beside this file',
      'team: politics',
      '',
      'annotations:',
      '  # the later claim comes first here, on purpose',
      `  - id: ${second.id}`,
      '    kind: unverified',
      '    status: disputed # see the thread',
      `    quote: ${JSON.stringify(second.anchor.quote)}`,
      `    prefix: ${JSON.stringify(second.anchor.prefix)}`,
      `    suffix: ${JSON.stringify(second.anchor.suffix)}`,
      '    start: 56',
      '    end: 86',
      '    origin: manual',
      '    reviewer-flag: blue',
      '',
      `  - id: ${first.id}`,
      '    kind: attributed',
      '    status: unchecked',
      `    quote: ${JSON.stringify(first.anchor.quote)}`,
      '    start: 19',
      '    end: 55',
      '    origin: detected',
      'dismissed: []',
      '',
    ].join('\n');
    const read = parseOk(original);
    assert.deepEqual(read.extra, { team: 'politics' });
    assert.deepEqual(read.annotations[0].extra, { 'reviewer-flag': 'blue' });
    read.annotations[0].status = 'verified';
    read.annotations[1].note = 'Called the ministry.';
    read.annotations.push(newAnnotation(ARTICLE, { kind: 'attributed', start: 0, end: 12, origin: 'manual' }));
    const edited = serializeSidecar(read, original);
    for (const kept of [
      '# Checked by the night desk.',
      'article: story.txt # the article beside this file',
      'team: politics',
      '  # the later claim comes first here, on purpose',
      'status: verified # see the thread',
      'reviewer-flag: blue',
      'note: Called the ministry.',
    ]) {
      assert.ok(edited.includes(kept), `missing ${JSON.stringify(kept)} in\n${edited}`);
    }
    assert.match(edited, /reviewer-flag: blue\n\n {2}- id:/, 'the blank line between annotations survives');
    const back = parseOk(edited);
    // The user's order is kept; the new annotation (start 0) goes before the first one that starts later.
    assert.deepEqual(back.annotations.map((a) => a.anchor.start), [0, 56, 19]);
    assert.equal(back.annotations[1].note, undefined);
    assert.equal(back.annotations[2].note, 'Called the ministry.');
    // note is inserted in its usual place: after source/cue, before origin
    const block = edited.slice(edited.indexOf(`id: ${first.id}`));
    assert.ok(block.indexOf('end: 55') < block.indexOf('note:') && block.indexOf('note:') < block.indexOf('origin: detected'));
  });

  it('removes deleted annotations and leaves the rest of the text alone', () => {
    const data = sample();
    const text = serializeSidecar(data);
    const withComment = text.replace('dismissed:', '# kept\ndismissed:');
    const fewer = { ...parseOk(withComment), annotations: [parseOk(withComment).annotations[0]] };
    const edited = serializeSidecar(fewer, withComment);
    assert.ok(edited.includes('# kept'));
    assert.equal(parseOk(edited).annotations.length, 1);
    assert.ok(!edited.includes(data.annotations[0].id));
  });

  it('reports YAML syntax errors with line and column', () => {
    const error = parseError('version: 1\narticle: story.txt\nannotations:\n  - id: a\n    kind: [unclosed\n');
    assert.match(error.message, /YAML error/);
    assert.equal(error.line >= 5, true);
    assert.ok(error.col >= 1);
  });

  it('reports wrong types at the offending key', () => {
    const text = 'version: 1\narticle: s.txt\nannotations:\n  - id: a-1\n    kind: attributed\n    quote: q\n    start: "x"\n    end: 3\n';
    const error = parseError(text);
    assert.match(error.message, /`start` must be a whole number/);
    assert.deepEqual([error.line, error.col], [7, 12]);
    assert.match(parseError('version: 1\nannotations: {a: 1}\n').message, /`annotations` must be a list/);
    assert.match(parseError('- 1\n- 2\n').message, /must be a YAML mapping/);
    assert.match(parseError('article: x\n').message, /no `version:`/);
    assert.match(parseError('version: 2\n').message, /Unsupported sidecar version 2/);
  });

  it('rejects an unknown status with its position, and reads "In progress" as in-progress with a warning', () => {
    const base = 'version: 1\nannotations:\n  - id: a-1\n    kind: attributed\n    quote: q\n    start: 0\n    end: 1\n    status: ';
    const error = parseError(`${base}maybe\n`);
    assert.match(error.message, /Unknown status `maybe`/);
    assert.equal(error.line, 8);
    const result = parseSidecar(`${base}In progress\n`);
    assert.ok(result.ok);
    assert.equal(result.data.annotations[0].status, 'in-progress');
    assert.equal(result.warnings.length, 1);
    assert.equal(result.warnings[0].line, 8);
  });

  it('rejects duplicate ids, empty quotes and end before start', () => {
    const item = (id: string, quote = 'q', start = 0, end = 1) =>
      `  - id: ${id}\n    kind: unverified\n    quote: ${JSON.stringify(quote)}\n    start: ${start}\n    end: ${end}\n`;
    assert.match(parseError(`version: 1\nannotations:\n${item('a')}${item('a')}`).message, /Duplicate id `a`/);
    assert.match(parseError(`version: 1\nannotations:\n${item('a', '')}`).message, /`quote` must not be empty/);
    assert.match(parseError(`version: 1\nannotations:\n${item('a', 'q', 5, 2)}`).message, /`end` must not be less/);
  });

  it('refuses an alias bomb quickly', () => {
    const lines = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const t0 = Date.now();
    const error = parseError(lines.join('\n'));
    assert.match(error.message, /too many YAML aliases/);
    assert.equal(error.line, 3);
    assert.ok(Date.now() - t0 < 5000, 'the parser stopped instead of expanding 9^11 nodes');
  });

  it('refuses a multi-megabyte sidecar without reading it', () => {
    const error = parseError(`version: 1\n# ${'x'.repeat(MAX_SIDECAR_CHARS)}\n`);
    assert.match(error.message, /too large/);
    assert.deepEqual([error.line, error.col], [1, 1]);
  });

  it('ignores an article path outside the folder', () => {
    for (const hostile of ['../secret.txt', '/etc/passwd', 'sub/story.txt', 'C:\\x.txt', '..']) {
      const result = parseSidecar(`version: 1\narticle: ${JSON.stringify(hostile)}\n`, { articleName: 'story.txt' });
      assert.ok(result.ok);
      assert.equal(result.data.article, 'story.txt', hostile);
      assert.match(result.warnings[0].message, /ignored/);
    }
    assert.equal(parseOk('version: 1\narticle: other.txt\n').article, 'other.txt');
    assert.equal(parseOk('version: 1\narticle: other.txt\n', 'story.txt').article, 'story.txt');
  });

  it('reads an empty file as an empty sidecar', () => {
    assert.deepEqual(parseOk('', 'story.txt'), { version: 1, article: 'story.txt', annotations: [], dismissed: [] });
  });

  it('keeps quotes with line breaks and surrounding spaces exact', () => {
    const text = ' lead\n\n  "quoted"\ttext: yes # no comment \r\n';
    const data: SidecarData = {
      version: 1, article: 'a.txt', dismissed: [],
      annotations: [newAnnotation(text, { kind: 'unverified', start: 0, end: text.length, origin: 'manual', note: 'null' })],
    };
    const back = parseOk(serializeSidecar(data));
    assert.equal(back.annotations[0].anchor.quote, text);
    assert.equal(back.annotations[0].note, 'null');
  });
});

describe('sidecar format (property)', () => {
  it('reads back exactly what it wrote, fresh or editing a previous file, for any text', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const anyText = fc.oneof(text, fc.constantFrom('', ' ', '\n', 'a: b', '- x', '#c', '"', "'", 'null', '1e3', 'yes', '~', '|', '>', ' lead', 'trail ', 'a\n\nb', '\t', '\r\n'));
    const annotation = fc.record({ quote: anyText, note: fc.option(anyText, { nil: undefined }), prefix: anyText, suffix: anyText, cue: fc.option(anyText, { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 4 }), fc.array(annotation, { maxLength: 4 }), (first, second) => {
        const build = (items: typeof first, ids: string[]): SidecarData => ({
          version: 1, article: 'a.txt', dismissed: [],
          annotations: items.map((item, i) => {
            const a = newAnnotation('x', { kind: 'attributed', start: 0, end: 1, origin: 'manual', now: new Date(0) });
            a.id = ids[i] ?? `a-${i}`;
            a.anchor = { quote: item.quote || 'q', prefix: item.prefix, suffix: item.suffix, start: i, end: i + (item.quote || 'q').length };
            if (item.note !== undefined) a.note = item.note;
            if (item.cue !== undefined) a.cue = item.cue;
            return a;
          }),
        });
        const one = build(first, []);
        const written = serializeSidecar(one);
        assert.deepEqual(sortById(parseOk(written)), sortById(one));
        const two = build(second, ['a-0', 'a-2', 'a-x', 'a-y']);
        const edited = serializeSidecar(two, written);
        assert.deepEqual(sortById(parseOk(edited)), sortById(two));
        // A comment sends the edit through the yaml Document API instead of the canonical writer.
        const commented = serializeSidecar(two, `# hand-edited\n${written}`);
        assert.ok(commented.startsWith('# hand-edited'));
        assert.deepEqual(sortById(parseOk(commented)), sortById(two));
      }),
      { numRuns: 500 },
    );
  });
});

function sortById(data: SidecarData): SidecarData {
  return { ...data, annotations: [...data.annotations].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

describe('sidecar format (order of an existing file)', () => {
  it('keeps the order of a file it wrote when positions change, and inserts new annotations by position', () => {
    const text = 'First claim here. Second claim here. Third claim here.';
    const a = newAnnotation(text, { kind: 'attributed', start: 0, end: 17, origin: 'manual' });
    const b = newAnnotation(text, { kind: 'attributed', start: 18, end: 36, origin: 'manual' });
    const written = serializeSidecar({ version: 1, article: 'a.txt', annotations: [b, a], dismissed: [] });
    assert.deepEqual(parseOk(written).annotations.map((x) => x.id), [a.id, b.id]);
    // The text was reordered: b now comes first. The file keeps a before b, so the diff is two changed offsets.
    const moved = [{ ...a, anchor: { ...a.anchor, start: 19, end: 36 } }, { ...b, anchor: { ...b.anchor, start: 0, end: 18 } }];
    const c = newAnnotation(text, { kind: 'unverified', start: 37, end: 54, origin: 'manual' });
    const edited = serializeSidecar({ version: 1, article: 'a.txt', annotations: [...moved, c], dismissed: [] }, written);
    assert.deepEqual(parseOk(edited).annotations.map((x) => x.id), [a.id, b.id, c.id]);
    const before = written.split('\n').slice(0, -2); // up to `dismissed: []`, after which c was appended
    const changed = edited.split('\n').slice(0, before.length).filter((line, i) => line !== before[i]);
    assert.deepEqual(changed.map((line) => line.trim()), ['start: 19', 'end: 36', 'start: 0', 'end: 18']);
  });
});
