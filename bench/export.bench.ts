/**
 * Workspace export time: 1,000 generated articles (about 4,000 characters each) with sidecars on disk, exported
 * end to end as the CLI does it: read and decode every article and sidecar, parse, re-anchor, detect (for the
 * formats that include unreviewed detections), reconcile and render. Median of 3 runs per format.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadArticles } from '../src/cli/articles';
import type { Annotation, ClaimStatus, SidecarData } from '../src/core/annotations';
import { STATUSES } from '../src/core/annotations';
import { createAnchor } from '../src/core/anchor/anchor';
import { createDetector } from '../src/core/detect/detector';
import { EXPORT_FORMATS, renderExport } from '../src/core/export/formats';
import { serializeSidecar } from '../src/core/sidecar/format';
import { atMost, type Benchmark, type BenchResult } from './harness';
import { generateArticle, seededRandom } from './newsCorpus';

const ARTICLES = 1000;

/** Writes the articles and sidecars; about half of each article's detections are annotated, with every status. */
function writeWorkspace(dir: string): { claims: number; bytes: number } {
  const rng = seededRandom(11);
  const detector = createDetector({});
  let claims = 0;
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const text = generateArticle(rng, 4000);
    const name = `article-${String(i).padStart(4, '0')}.txt`;
    const file = path.join(dir, `desk-${i % 10}`, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    const annotations: Annotation[] = detector
      .detect(text)
      .filter((_, n) => n % 2 === 0)
      .map((f, n) => ({
        id: `a-${i}-${n}`,
        kind: f.kind,
        status: STATUSES[(i + n) % STATUSES.length] as ClaimStatus,
        anchor: createAnchor(text, f.start, f.end),
        ...(f.source ? { source: { name: f.source.text } } : {}),
        ...(f.cue ? { cue: f.cue.text } : {}),
        note: n % 3 === 0 ? 'Checked against the <b>press release</b>, "page 2".' : undefined,
        origin: 'detected',
        rule: f.rule,
        created: '2026-03-01T10:00:00.000Z',
        updated: '2026-03-02T10:00:00.000Z',
      }));
    claims += annotations.length;
    const data: SidecarData = { version: 1, article: name, annotations, dismissed: [] };
    fs.writeFileSync(`${file}.claims.yaml`, serializeSidecar(JSON.parse(JSON.stringify(data))));
  }
  return { claims, bytes };
}

const workspaceExport: Benchmark = {
  name: `export: workspace export of ${ARTICLES.toLocaleString('en')} articles (read, detect, re-anchor, render)`,
  async run(): Promise<BenchResult[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-export-bench-'));
    try {
      const { claims, bytes } = writeWorkspace(dir);
      const results: BenchResult[] = [
        { metric: 'articles', value: ARTICLES, unit: '' },
        { metric: 'annotations in sidecars', value: claims, unit: '' },
        { metric: 'article text', value: bytes / 2 ** 20, unit: 'MB' },
      ];
      for (const format of EXPORT_FORMATS) {
        const times: number[] = [];
        let size = 0;
        for (let run = 0; run < 3; run++) {
          const t0 = performance.now();
          const loaded = await loadArticles([dir], dir, { detect: format !== 'claimreview' });
          if (loaded.errors.length > 0) throw new Error(loaded.errors.join('\n'));
          const output = renderExport(format, { articles: loaded.articles.map((a) => a.article), options: { includeUnreviewed: 'marked', generated: new Date().toISOString(), organization: 'Bench Desk' } });
          times.push(performance.now() - t0);
          size = Buffer.byteLength(output);
        }
        times.sort((a, b) => a - b);
        results.push(atMost(`${format} export (median of 3)`, times[1] / 1000, 's', 5));
        results.push({ metric: `${format} output size`, value: size / 2 ** 20, unit: 'MB' });
      }
      return results;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const benchmarks: Benchmark[] = [workspaceExport];
