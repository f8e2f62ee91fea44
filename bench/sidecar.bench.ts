/** Sidecar benchmarks: load and save of 5,000 annotations, and re-anchoring 1,000 annotations in a 1 MB article. */
import type { Annotation, SidecarData } from '../src/core/annotations';
import { reanchorData } from '../src/core/anchor/reanchor';
import { parseSidecar, serializeSidecar } from '../src/core/sidecar/format';
import { newAnnotation } from '../src/core/sidecar/model';
import { atMost, medianMs } from './harness';
import type { Benchmark, BenchResult } from './harness';
import { generateArticle, seededRandom } from './newsCorpus';

/** `count` annotations on sentence-sized spans of `text`, spread evenly, with notes and sources on some. */
function annotate(text: string, count: number): Annotation[] {
  const step = Math.floor((text.length - 200) / count);
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const start = i * step;
    const end = start + 40 + (i % 80);
    const annotation = newAnnotation(text, {
      kind: i % 3 === 0 ? 'unverified' : 'attributed',
      start,
      end,
      origin: i % 4 === 0 ? 'manual' : 'detected',
      status: i % 5 === 0 ? 'verified' : 'unchecked',
      cue: i % 3 === 0 ? 'reportedly' : 'said',
      rule: 'said-quote',
      by: 'desk',
    });
    if (i % 2 === 0) annotation.source = { name: `Source ${i}`, url: `https://example.org/source/${i}`, type: 'official' };
    if (i % 7 === 0) annotation.note = `Checked against the minutes of meeting ${i}.\nSecond line of the note.`;
    annotations.push(annotation);
  }
  return annotations;
}

/** Median CPU time (user + system) of `runs` calls of `fn` after `warmup` calls, in ms: less sensitive than wall time when other processes share the cores. */
function cpuMedianMs(fn: () => unknown, runs = 21, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const benchmarks: Benchmark[] = [
  {
    name: 'Sidecar: 5,000 annotations',
    async run(): Promise<BenchResult[]> {
      const text = generateArticle(seededRandom(7), 1_000_000);
      const data: SidecarData = { version: 1, article: 'story.txt', annotations: annotate(text, 5000), dismissed: [] };
      const written = serializeSidecar(data);
      const edited = structuredClone(data);
      edited.annotations[2500].status = 'disputed';
      const load = medianMs(() => parseSidecar(written, { articleName: 'story.txt' }));
      const saveFresh = medianMs(() => serializeSidecar(data));
      const saveEdit = medianMs(() => serializeSidecar(edited, written));
      // A file with a comment is read and edited through the yaml Document API (comments and layout kept).
      const commented = `# reviewed by the night desk\n${written}`;
      const loadCommented = medianMs(() => parseSidecar(commented, { articleName: 'story.txt' }), 3, 1);
      const saveCommented = medianMs(() => serializeSidecar(edited, commented), 3, 1);
      return [
        atMost('load (canonical file: parse and validate)', load, 'ms', 50),
        atMost('save (new file)', saveFresh, 'ms', 50),
        atMost('save (one status changed, editing the previous canonical file)', saveEdit, 'ms', 50),
        { metric: 'load, CPU time', value: cpuMedianMs(() => parseSidecar(written, { articleName: 'story.txt' })), unit: 'ms' },
        { metric: 'save (new file), CPU time', value: cpuMedianMs(() => serializeSidecar(data)), unit: 'ms' },
        { metric: 'save (editing), CPU time', value: cpuMedianMs(() => serializeSidecar(edited, written)), unit: 'ms' },
        { metric: 'load of a commented file (yaml Document API)', value: loadCommented, unit: 'ms' },
        { metric: 'save editing a commented file (yaml Document API, comments kept)', value: saveCommented, unit: 'ms' },
        { metric: 'sidecar size', value: written.length / 1024, unit: 'KiB' },
      ];
    },
  },
  {
    name: 'Re-anchoring: 1,000 annotations in a 1 MB article after an outside edit',
    async run(): Promise<BenchResult[]> {
      const text = generateArticle(seededRandom(11), 1_000_000);
      const data: SidecarData = { version: 1, article: 'story.txt', annotations: annotate(text, 1000), dismissed: [] };
      // An outside edit: a new paragraph near the top (every anchor moves), and a rewritten sentence in the middle.
      const middle = Math.floor(text.length / 2);
      const edited =
        'Editor\'s note: this article was updated on Tuesday with new figures from the ministry.\n\n' +
        text.slice(0, middle) +
        ' A sentence inserted in the middle changes the text around one of the claims. ' +
        text.slice(middle + 120);
      const result = reanchorData(edited, data);
      const unanchored = result.annotations.filter((a) => a.unanchored).length;
      const misplaced = result.annotations.filter((a) => !a.unanchored && edited.slice(a.anchor.start, a.anchor.end) !== a.anchor.quote).length;
      if (misplaced > 0) throw new Error(`${misplaced} annotations re-anchored on the wrong text`);
      const time = medianMs(() => reanchorData(edited, data), 7, 1);
      const unchanged = medianMs(() => reanchorData(text, data), 7, 1);
      return [
        { metric: 're-anchor after the outside edit', value: time, unit: 'ms' },
        { metric: 're-anchor when nothing moved', value: unchanged, unit: 'ms' },
        { metric: 'annotations left unanchored (their text was rewritten)', value: unanchored, unit: 'of 1,000' },
      ];
    },
  },
];
