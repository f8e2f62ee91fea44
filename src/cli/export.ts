/** `claimlens export`: writes a report or a standard format for the given articles. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXPORT_FORMATS, FORMATS, isExportFormat, renderExport, type ExportFormat } from '../core/export/formats';
import type { IncludeUnreviewed } from '../core/export/model';
import { loadArticles, parseArgs } from './articles';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './cli';
import { describeError } from './files';

/** Usage of the export command. */
export const EXPORT_USAGE = `usage: claimlens export --format ${EXPORT_FORMATS.join('|')} [--out FILE]
                        [--include-unreviewed marked|omit] [--organization NAME] [--title TEXT]
                        [--config FILE] [--sidecar-suffix SUFFIX] <files or folders…>

Writes to standard output unless --out is given. Unreviewed detections are included and marked by default.
Each article's .claimlens.yaml is looked up as scan does (its folder and ancestors up to the working folder,
else the working folder's ancestors), unless --config names one for every article.
`;

/** Runs `export` with its arguments; resolves to the exit code. */
export async function runExport(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: ['format', 'out', 'include-unreviewed', 'organization', 'title', 'sidecar-suffix', 'config'], flags: ['help'] });
  if (args.flags.has('help')) {
    io.stdout.write(EXPORT_USAGE);
    return EXIT_OK;
  }
  const errors = [...args.errors];
  const formatName = args.values.get('format');
  if (formatName === undefined) errors.push(`--format is required (${EXPORT_FORMATS.join(', ')})`);
  else if (!isExportFormat(formatName)) errors.push(`unknown format '${formatName}' (expected ${EXPORT_FORMATS.join(', ')})`);
  const include = args.values.get('include-unreviewed') ?? 'marked';
  if (include !== 'marked' && include !== 'omit') errors.push(`--include-unreviewed must be marked or omit, not '${include}'`);
  if (args.inputs.length === 0) errors.push('name at least one article file or folder');
  if (errors.length > 0) {
    io.stderr.write(errors.map((e) => `claimlens export: ${e}\n`).join('') + EXPORT_USAGE);
    return EXIT_USAGE;
  }
  const format = formatName as ExportFormat;
  const includeUnreviewed = include as IncludeUnreviewed;
  const sidecarSuffix = args.values.get('sidecar-suffix');
  const config = args.values.get('config');
  const loaded = await loadArticles(args.inputs, io.cwd, {
    detect: includeUnreviewed === 'marked' && format !== 'claimreview',
    ...(sidecarSuffix ? { sidecarSuffix } : {}),
    ...(config !== undefined ? { config } : {}),
  });
  for (const note of loaded.notes) io.stderr.write(`claimlens export: ${note}\n`);
  if (loaded.errors.length > 0) {
    io.stderr.write(loaded.errors.map((e) => `claimlens export: ${e}\n`).join(''));
    return EXIT_USAGE;
  }
  const organization = args.values.get('organization');
  if (format === 'claimreview' && !organization) {
    io.stderr.write('claimlens export: warning: no --organization given; ClaimReview needs the reviewing organisation as author\n');
  }
  const title = args.values.get('title');
  const output = renderExport(format, {
    articles: loaded.articles.map((a) => a.article),
    options: {
      includeUnreviewed,
      generated: new Date().toISOString(),
      ...(organization ? { organization } : {}),
      ...(title ? { title } : {}),
    },
  });
  const out = args.values.get('out');
  if (out === undefined) {
    io.stdout.write(output);
    return EXIT_OK;
  }
  const target = path.resolve(io.cwd, out);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, output);
  } catch (err) {
    io.stderr.write(`claimlens export: ${out}: cannot write: ${describeError(err)}\n`);
    return EXIT_USAGE;
  }
  io.stderr.write(`claimlens export: wrote ${FORMATS[format].label} for ${loaded.articles.length} article${loaded.articles.length === 1 ? '' : 's'} to ${out}\n`);
  return EXIT_OK;
}
