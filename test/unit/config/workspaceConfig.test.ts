import * as assert from 'node:assert/strict';
import { parseWorkspaceConfig } from '../../../src/core/config/workspaceConfig';

describe('parseWorkspaceConfig', () => {
  it('reads every key of a well-formed file', () => {
    const r = parseWorkspaceConfig(
      [
        '# newsroom vocabulary',
        'cues: [briefed, "is quoted as saying"]',
        'hedges:',
        '  - supposedly',
        '  - "  as   yet unproven "',
        'ignore: [said to be open]',
        'includeModal: true',
        'check:',
        '  failOn: [unchecked, disputed, false, no-source]',
      ].join('\n'),
    );
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.options, {
      extraCues: ['briefed', 'is quoted as saying'],
      extraHedges: ['supposedly', 'as yet unproven'],
      ignore: ['said to be open'],
      includeModal: true,
      check: { failOn: ['unchecked', 'disputed', 'false', 'no-source'] },
    });
  });

  it('leaves keys the file does not set undefined, so a merge can tell', () => {
    const r = parseWorkspaceConfig('cues: [briefed]\n');
    assert.deepEqual(r.options, { extraCues: ['briefed'] });
    assert.equal('includeModal' in r.options, false);
  });

  it('accepts an empty file, a comment-only file and an empty list', () => {
    assert.deepEqual(parseWorkspaceConfig(''), { options: {}, errors: [] });
    assert.deepEqual(parseWorkspaceConfig('# nothing yet\n'), { options: {}, errors: [] });
    assert.deepEqual(parseWorkspaceConfig('cues:\n'), { options: { extraCues: [] }, errors: [] });
  });

  it('drops duplicate phrases after normalising their spaces', () => {
    assert.deepEqual(parseWorkspaceConfig('cues: [briefed, " briefed", "told  reporters", told reporters]').options.extraCues, ['briefed', 'told reporters']);
  });

  it('reports a YAML syntax error with the line and column yaml gives, and no options', () => {
    const r = parseWorkspaceConfig('cues: [briefed\nhedges: [supposedly]\n');
    assert.deepEqual(r.options, {});
    assert.ok(r.errors.length >= 1);
    const e = r.errors[0];
    assert.equal(e.severity, 'error');
    assert.ok(e.line >= 1 && e.col >= 1, JSON.stringify(e));
    assert.doesNotMatch(e.message, /\n/);
  });

  it('places a syntax error on the offending line', () => {
    const r = parseWorkspaceConfig('cues: [briefed]\nhedges: [a]]\n');
    assert.equal(r.errors[0].severity, 'error');
    assert.deepEqual([r.errors[0].line, r.errors[0].col], [2, 12]);
  });

  it('rejects wrong types with a clear message at the value, keeping the good keys', () => {
    const r = parseWorkspaceConfig('cues: briefed\nhedges: [supposedly]\nincludeModal: "yes"\n');
    assert.deepEqual(r.options, { extraHedges: ['supposedly'] });
    const cues = r.errors.find((e) => e.message.startsWith('cues'));
    assert.ok(cues);
    assert.match(cues.message, /cues must be a list of words or phrases, not the text "briefed"/);
    assert.deepEqual([cues.line, cues.col, cues.severity], [1, 7, 'error']);
    const modal = r.errors.find((e) => e.message.startsWith('includeModal'));
    assert.ok(modal);
    assert.match(modal.message, /includeModal must be true or false, not the text "yes"/);
    assert.equal(modal.line, 3);
  });

  it('reads plain numbers and booleans in a word list as the words written, and rejects nested collections', () => {
    const r = parseWorkspaceConfig('ignore:\n  - fine\n  - 42\n  - [nested]\n  - false\n  - {a: 1}\n');
    assert.deepEqual(r.options.ignore, ['fine', '42', 'false']);
    assert.deepEqual(
      r.errors.map((e) => [e.line, e.col, e.severity]),
      [
        [4, 5, 'error'],
        [6, 5, 'error'],
      ],
    );
    assert.match(r.errors[0].message, /each entry of ignore .* not a list/);
    assert.match(r.errors[1].message, /not a mapping/);
  });

  it('warns about unknown keys without dropping the rest', () => {
    const r = parseWorkspaceConfig('cues: [briefed]\ncolour: red\ncheck:\n  failOn: [unchecked]\n  strict: true\n');
    assert.deepEqual(r.options, { extraCues: ['briefed'], check: { failOn: ['unchecked'] } });
    assert.deepEqual(
      r.errors.map((e) => [e.severity, e.line, e.col]),
      [
        ['warning', 2, 1],
        ['warning', 5, 3],
      ],
    );
    assert.match(r.errors[0].message, /unknown key 'colour' is ignored \(known keys: cues, hedges, ignore, includeModal, check\)/);
    assert.match(r.errors[1].message, /unknown key 'check.strict'/);
  });

  it('treats keys named like Object members as unknown keys', () => {
    const r = parseWorkspaceConfig('toString: [a]\nconstructor: [b]\n__proto__: [c]\n');
    assert.deepEqual(r.options, {});
    assert.deepEqual(r.errors.map((e) => e.severity), ['warning', 'warning', 'warning']);
  });

  it('rejects an unknown check condition and a check that is not a mapping', () => {
    const r = parseWorkspaceConfig('check:\n  failOn: [unchecked, wrong]\n');
    assert.deepEqual(r.options.check, { failOn: ['unchecked'] });
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /unknown condition 'wrong'/);
    assert.deepEqual([r.errors[0].line, r.errors[0].col], [2, 23]);
    const r2 = parseWorkspaceConfig('check: [unchecked]\n');
    assert.equal(r2.options.check, undefined);
    assert.match(r2.errors[0].message, /check must be a mapping/);
  });

  it('rejects a file that is not a mapping, and a duplicate key', () => {
    const list = parseWorkspaceConfig('- briefed\n- told\n');
    assert.deepEqual(list.options, {});
    assert.match(list.errors[0].message, /must be a mapping/);
    const dup = parseWorkspaceConfig('cues: [a]\ncues: [b]\n');
    assert.equal(dup.errors[0].severity, 'error');
    assert.equal(dup.errors[0].line, 2);
  });
});
