import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXPORT_FORMATS, FORMATS, renderExport, type ExportFormat } from '../../../src/core/export/formats';
import type { IncludeUnreviewed } from '../../../src/core/export/model';
import { fixtureInput } from './fixtures';

/** Golden files live beside the test sources (not in out/), so they are reviewed and committed. */
export const GOLDEN_DIR = path.resolve(__dirname, '../../../../test/unit/export/golden');

/** Compares `actual` with a golden file; with UPDATE_GOLDEN=1 it rewrites the file instead. */
export function assertGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing golden file ${name}: run with UPDATE_GOLDEN=1 and review it`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)`);
}

function goldenName(format: ExportFormat, include: IncludeUnreviewed): string {
  const ext = format === 'webannotation' ? '.webannotation.jsonld' : format === 'claimreview' ? '.claimreview.jsonld' : FORMATS[format].extension;
  return `report.${include}${ext}`;
}

describe('export golden files', () => {
  for (const format of EXPORT_FORMATS) {
    for (const include of ['marked', 'omit'] as const) {
      // ClaimReview never publishes unreviewed detections, so one golden covers it.
      if (format === 'claimreview' && include === 'omit') continue;
      it(`renders ${format} with unreviewed detections ${include}`, () => {
        assertGolden(goldenName(format, include), renderExport(format, fixtureInput(include)));
      });
    }
  }

  it('gives the same ClaimReview whether unreviewed detections are marked or omitted', () => {
    assert.equal(renderExport('claimreview', fixtureInput('marked')), renderExport('claimreview', fixtureInput('omit')));
  });
});
