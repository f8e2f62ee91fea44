/**
 * The export renderers, bundled on their own (dist/exportRender.js) and loaded the first time an export runs, so
 * that activation does not load code most sessions never use.
 */
export { renderExport } from '../core/export/formats';
