import * as assert from 'node:assert/strict';
import { checkArticle, formatBlocker } from '../../../src/core/check/check';
import { DEFAULT_FAIL_ON, parseConditionList, resolvePolicy } from '../../../src/core/check/policy';
import { fixtureArticles } from '../export/fixtures';

describe('pre-publication check', () => {
  it('blocks on unreviewed, unchecked, in-progress, disputed, false and missing sources by default', () => {
    const [harbour, council, empty] = fixtureArticles();
    const lines = checkArticle(harbour, resolvePolicy(undefined)).map(formatBlocker);
    assert.deepEqual(lines, [
      'articles/harbour.md:4:25: disputed: attributed claim ""the port is the city\'s future"" [c-future]',
      'articles/harbour.md:6:1: false: unverified statement "Officials reportedly expect traffic to double." [c-traffic]',
      'articles/harbour.md:6:51: check in progress: unverified statement "The council allegedly ignored two surveys." [c-surveys]',
      'articles/harbour.md:7:1: unreviewed detection: attributed claim "The minister told reporters that funding was "fully secured"." [pending-attributed-284-345]',
      'articles/harbour.md:4:37: unchecked, no source recorded: attributed claim "The deputy minister confirmed the grant" [c-old] (unanchored: its text is no longer in the article)',
    ]);
    assert.deepEqual(checkArticle(council, resolvePolicy(undefined)).map((b) => b.reasons), [['unreviewed']]);
    assert.deepEqual(checkArticle(empty, resolvePolicy(undefined)), []);
  });

  it('lets the workspace file replace the list and flags override both', () => {
    const [harbour] = fixtureArticles();
    const fromFile = resolvePolicy({ failOn: ['false'] });
    assert.deepEqual(checkArticle(harbour, fromFile).map((b) => b.claim.id), ['c-traffic']);
    const flags = resolvePolicy({ failOn: ['false'] }, { failOn: ['disputed', 'no-source'] });
    assert.deepEqual(checkArticle(harbour, flags).map((b) => b.claim.id), ['c-future', 'c-old']);
    const allowed = resolvePolicy(undefined, { allow: ['unreviewed', 'in-progress'] });
    assert.deepEqual(allowed.failOn, DEFAULT_FAIL_ON.filter((c) => c !== 'unreviewed' && c !== 'in-progress'));
  });

  it('flags a verified attributed claim without a source as no-source only', () => {
    const [harbour] = fixtureArticles();
    harbour.data.annotations[0] = { ...harbour.data.annotations[0], source: { name: '  ' } };
    const blockers = checkArticle(harbour, resolvePolicy(undefined, { failOn: ['no-source'] }));
    assert.deepEqual(blockers.map((b) => [b.claim.id, b.reasons]), [['c-jobs', ['no-source']], ['c-old', ['no-source']]]);
  });

  it('keeps a hostile quote on one output line', () => {
    const [harbour] = fixtureArticles();
    const a = harbour.data.annotations[1];
    harbour.data.annotations[1] = { ...a, unanchored: true, anchor: { ...a.anchor, quote: 'x\nfake.md:1:1: forged\r\u2028y' } };
    const line = checkArticle(harbour, resolvePolicy(undefined, { failOn: ['disputed'] })).map(formatBlocker)[0];
    assert.ok(!/[\r\n\u2028]/.test(line), line);
  });

  it('parses condition lists and reports unknown names', () => {
    assert.deepEqual(parseConditionList('unchecked, no-source,,unchecked,bogus'), { conditions: ['unchecked', 'no-source'], unknown: ['bogus'] });
  });
});
