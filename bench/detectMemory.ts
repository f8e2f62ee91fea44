/**
 * Child process of the detection memory benchmark: `node --expose-gc detectMemory.js FILE`. It runs alone so
 * that nothing else shares its memory, and prints one JSON line of measurements.
 *
 * Method: read the article, collect garbage, then reset the kernel's peak-RSS mark (Linux: write 5 to
 * /proc/self/clear_refs) so that reading the file does not count, and run one full detection. The peak RSS
 * afterwards (VmHWM) minus the RSS once the text was loaded is the growth during the scan: the detector's
 * working memory and its findings. Minus the RSS before loading, it also counts the text itself. Where the
 * mark cannot be reset, the lifetime peak (process.resourceUsage().maxRSS) is used instead, which can only
 * overstate.
 */
import * as fs from 'node:fs';
import { createDetector } from '../src/core/detect/detector';

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

function peakRss(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux: fall back below
  }
  return process.resourceUsage().maxRSS * 1024;
}

function resetPeak(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const file = process.argv[2];
const detector = createDetector({});
detector.detect('The minister said the bridge was closed. It was reportedly shut.'); // compile lazily built parts first
gc();
const rssBefore = process.memoryUsage().rss;
const text = fs.readFileSync(file, 'utf8');
gc();
const rssLoaded = process.memoryUsage().rss;
const heapLoaded = process.memoryUsage().heapUsed;
const reset = resetPeak();
const t0 = performance.now();
const findings = detector.detect(text);
const ms = performance.now() - t0;
const peak = peakRss();
gc();
const heapRetained = process.memoryUsage().heapUsed - heapLoaded; // the findings and whatever the detector caches
process.stdout.write(
  `${JSON.stringify({ inputBytes: fs.statSync(file).size, rssBefore, rssLoaded, peak, reset, findings: findings.length, heapRetained, ms })}\n`,
);
