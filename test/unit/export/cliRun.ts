/** Runs the CLI in-process in a scratch folder of articles and sidecars written by the test. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/cli';
import type { Annotation, ClaimStatus, SidecarData } from '../../../src/core/annotations';
import type { ClaimKind } from '../../../src/core/findings';
import { serializeSidecar } from '../../../src/core/sidecar/format';

/** Runs `claimlens argv…` in `cwd` and captures the exit code and output. */
export async function runIn(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, cwd });
  return { code, out, err };
}

/** A fresh scratch folder. */
export function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-export-'));
}

/** An annotation over the first occurrence of `quote` in `text`. */
export function claim(text: string, id: string, kind: ClaimKind, status: ClaimStatus, quote: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  return {
    id, kind, status, origin: 'manual', created: '2026-03-01T10:00:00.000Z', updated: '2026-03-01T10:00:00.000Z',
    anchor: { quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end },
    ...extra,
  };
}

/** Writes an article and, when annotations are given, its sidecar. */
export function writeArticle(dir: string, rel: string, text: string, annotations?: Annotation[]): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  if (annotations) {
    const data: SidecarData = { version: 1, article: path.basename(file), annotations, dismissed: [] };
    fs.writeFileSync(`${file}.claims.yaml`, serializeSidecar(data));
  }
}

export const STORY = 'The mayor said the bridge will open in May.\nResidents reportedly oppose the plan.\n';
