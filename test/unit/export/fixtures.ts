/** Hand-written articles and sidecars for the export tests (our own text, not the evaluation corpus). */
import type { Annotation, ClaimStatus, SidecarData } from '../../../src/core/annotations';
import type { ExportArticle, ExportInput, IncludeUnreviewed } from '../../../src/core/export/model';
import type { ClaimKind, Finding } from '../../../src/core/findings';

export const HOSTILE_NOTE = `<img src=x onerror="document.title='pwned'"> <script>document.title='pwned'</script>`;

const HARBOUR = [
  '# Harbour expansion 🚢 approved',
  '',
  'The harbour authority said the new quay would create 400 jobs by 2027.',
  'According to the mayor, "the port is the city\'s future" — a claim the union disputes.',
  '',
  'Officials reportedly expect traffic to double. 🌊 The council allegedly ignored two surveys.',
  'The minister told reporters that funding was "fully secured".',
  '',
].join('\n');

const COUNCIL = [
  'Council vote, Tuesday',
  '',
  'Critics claim the budget hides a €2m shortfall, the finance chair said.',
  'It is understood that the audit will be published in May.',
].join('\r\n');

let clock = 0;

function span(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture quote not found: ${quote}`);
  return { start: at, end: at + quote.length };
}

function annotate(
  text: string,
  id: string,
  kind: ClaimKind,
  status: ClaimStatus,
  quote: string,
  extra: Partial<Annotation> = {},
): Annotation {
  const { start, end } = span(text, quote);
  clock++;
  const stamp = `2026-03-0${1 + (clock % 9)}T09:${String(clock).padStart(2, '0')}:00.000Z`;
  return {
    id,
    kind,
    status,
    anchor: { quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end },
    origin: 'detected',
    created: stamp,
    updated: stamp,
    ...extra,
  };
}

function detect(text: string, kind: ClaimKind, quote: string, cue: string, source?: string): Finding {
  const { start, end } = span(text, quote);
  const c = span(text, cue);
  const s = source ? span(text, source) : undefined;
  return {
    kind,
    start,
    end,
    text: quote,
    cue: { ...c, text: cue },
    source: s ? { ...s, text: source! } : null,
    content: null,
    category: kind === 'attributed' ? 'indirect' : 'evidential',
    rule: kind === 'attributed' ? 'attr.said' : 'unv.reportedly',
  };
}

/** The articles every golden file is built from. */
export function fixtureArticles(): ExportArticle[] {
  clock = 0;
  const harbourData: SidecarData = {
    version: 1,
    article: 'harbour.md',
    annotations: [
      annotate(HARBOUR, 'c-jobs', 'attributed', 'verified', 'The harbour authority said the new quay would create 400 jobs by 2027.', {
        cue: 'said',
        source: { name: 'Harbour authority', url: 'https://harbour.example/press/2026-03', type: 'organization' },
        note: 'Matches the press release, page 2. Figure is "up to" 400.',
        by: 'A. Editor',
      }),
      annotate(HARBOUR, 'c-future', 'attributed', 'disputed', '"the port is the city\'s future"', {
        cue: 'According to',
        source: { name: 'Mayor *Jo* [Smith]', url: 'javascript:alert(1)' },
        note: HOSTILE_NOTE,
      }),
      annotate(HARBOUR, 'c-traffic', 'unverified', 'false', 'Officials reportedly expect traffic to double.', {
        cue: 'reportedly',
        note: '=HYPERLINK("http://evil.example","click")\nSecond line, with "quotes", and a comma.',
      }),
      annotate(HARBOUR, 'c-surveys', 'unverified', 'in-progress', 'The council allegedly ignored two surveys.', { cue: 'allegedly', origin: 'manual' }),
      {
        ...annotate(HARBOUR, 'c-old', 'attributed', 'unchecked', 'The minister told reporters'),
        anchor: { quote: 'The deputy minister confirmed the grant', prefix: 'double. ', suffix: ' last week', start: 140, end: 179 },
        unanchored: true,
        note: '-1 point: check with the ministry',
      },
    ],
    dismissed: [],
  };
  const councilData: SidecarData = {
    version: 1,
    article: 'council.txt',
    annotations: [
      annotate(COUNCIL, 'c-shortfall', 'attributed', 'inconclusive', 'Critics claim the budget hides a €2m shortfall, the finance chair said.', {
        cue: 'claim',
        source: { name: 'Critics' },
        note: '@finance: no figures released yet',
      }),
    ],
    dismissed: [],
  };
  return [
    {
      path: 'articles/harbour.md',
      uri: 'file:///newsroom/articles/harbour.md',
      text: HARBOUR,
      data: harbourData,
      pending: [detect(HARBOUR, 'attributed', 'The minister told reporters that funding was "fully secured".', 'told', 'The minister')],
    },
    {
      path: 'articles/council.txt',
      uri: 'file:///newsroom/articles/council.txt',
      text: COUNCIL,
      data: councilData,
      pending: [detect(COUNCIL, 'unverified', 'It is understood that the audit will be published in May.', 'It is understood')],
    },
    { path: 'articles/empty notes.md', uri: 'file:///newsroom/articles/empty%20notes.md', text: 'Nothing to see.\n', data: { version: 1, article: 'empty notes.md', annotations: [], dismissed: [] }, pending: [] },
  ];
}

/** The export input the goldens use. */
export function fixtureInput(includeUnreviewed: IncludeUnreviewed = 'marked'): ExportInput {
  return {
    articles: fixtureArticles(),
    options: { includeUnreviewed, generated: '2026-03-20T12:00:00.000Z', organization: 'Example Fact Desk', title: 'ClaimLens report' },
  };
}
