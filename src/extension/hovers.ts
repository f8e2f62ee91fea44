import * as vscode from 'vscode';
import { claimStatus, type Claim } from '../core/editor/claimIndex';
import { escapeMarkdown, safeUrl } from '../core/export/escape';
import { HOVER_COMMAND_IDS, type CommandId } from './commandIds';
import { Disposable } from './dispose';
import type { Decorations } from './decorations';
import type { ReviewState } from './reviewState';
import type { Settings } from './settings';
import type { ClaimArgs } from './claimTarget';

/** Untrusted text (sidecar notes, names, article words) as inert Markdown on one line. */
export function inert(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

/** A `command:` link to one of the extension's own commands, its arguments JSON-encoded in the query. */
export function commandLink(label: string, id: CommandId, args: ClaimArgs): string {
  return `[${label}](command:${id}?${encodeURIComponent(JSON.stringify([args]))})`;
}

const STATUS_LABELS: Record<string, string> = {
  pending: 'not reviewed yet',
  unchecked: 'unchecked',
  'in-progress': 'in progress',
  verified: 'verified',
  disputed: 'disputed',
  false: 'false',
  inconclusive: 'inconclusive',
};

/** The Markdown a hover shows for one claim. Every piece of sidecar or article text goes through `inert`. */
export function claimMarkdown(claim: Claim, uri: vscode.Uri): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.supportHtml = false;
  // Only our own commands may run from a link, never `true`: the sidecar text comes from other people.
  md.isTrusted = { enabledCommands: [...HOVER_COMMAND_IDS] };
  const kind = claim.kind === 'attributed' ? 'Attributed claim' : 'Unverified statement';
  const status = claimStatus(claim);
  const lines: string[] = [`**ClaimLens: ${kind}** · ${STATUS_LABELS[status] ?? inert(status)}`];
  const target: ClaimArgs =
    claim.type === 'pending'
      ? { uri: uri.toString(), start: claim.start, end: claim.end, kind: claim.kind }
      : { uri: uri.toString(), id: claim.annotation.id };

  if (claim.type === 'pending') {
    const f = claim.finding;
    const why = f.cue ? `the cue “${inert(f.cue.text)}”` : 'its wording';
    lines.push(`Flagged because of ${why} (rule ${inert(f.rule)}, ${inert(f.category)}).`);
    if (f.source) {
      const resolved = f.resolvedSource ? ` (most likely ${inert(f.resolvedSource.text)})` : '';
      lines.push(`Source: ${inert(f.source.text)}${resolved}${f.sourceVague ? ' (vague)' : ''}`);
    }
    lines.push(
      [
        commandLink('Accept', 'claimlens.acceptDetection', target),
        commandLink('Dismiss', 'claimlens.dismissDetection', target),
        commandLink('Set source…', 'claimlens.setSource', target),
        commandLink('Set status…', 'claimlens.setStatus', target),
        commandLink('Add note…', 'claimlens.editNote', target),
      ].join(' · '),
    );
  } else {
    const a = claim.annotation;
    if (a.cue || a.rule) {
      const cue = a.cue ? `the cue “${inert(a.cue)}”` : 'its wording';
      lines.push(a.origin === 'manual' ? 'Marked by hand.' : `Flagged because of ${cue}${a.rule ? ` (rule ${inert(a.rule)})` : ''}.`);
    } else if (a.origin === 'manual') {
      lines.push('Marked by hand.');
    }
    if (a.source) {
      const url = safeUrl(a.source.url);
      const name = inert(a.source.name || a.source.url || '');
      lines.push(`Source: ${url ? `[${name}](${url})` : name}${a.source.type ? ` (${inert(a.source.type)})` : ''}`);
    } else {
      lines.push('Source: none recorded');
    }
    if (a.note) lines.push(`Note: ${inert(a.note)}`);
    const who = a.by ? ` by ${inert(a.by)}` : '';
    lines.push(`Updated${who} on ${inert(a.updated.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'))}`);
    lines.push(
      [
        commandLink('Set status…', 'claimlens.setStatus', target),
        commandLink(a.source ? 'Edit source…' : 'Set source…', 'claimlens.setSource', target),
        commandLink(a.note ? 'Edit note…' : 'Add note…', 'claimlens.editNote', target),
      ].join(' · '),
    );
  }
  md.appendMarkdown(lines.join('\n\n'));
  return md;
}

/** Hovers over highlighted claims: what it is, why it was flagged, its review state, and actions. */
export class Hovers extends Disposable implements vscode.HoverProvider {
  constructor(
    private readonly review: ReviewState,
    private readonly decorations: Decorations,
    private readonly settings: Settings,
  ) {
    super();
    this.register(vscode.languages.registerHoverProvider('*', this));
  }

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.decorations.highlightsEnabled || !this.review.documents.isArticle(doc)) return undefined;
    const snapshot = this.review.snapshot(doc) ?? (await this.review.open(doc));
    if (!snapshot) return undefined;
    const s = this.settings.get(doc.uri);
    const offset = doc.offsetAt(position);
    const claims = snapshot
      .window(offset, offset)
      .overlapping(offset, offset)
      .filter((c) => c.start <= offset && offset < c.end && s.kinds.includes(c.kind) && (c.type === 'annotation' || s.showDetections));
    if (claims.length === 0) return undefined;
    const first = claims[0];
    return new vscode.Hover(
      claims.map((c) => claimMarkdown(c, doc.uri)),
      new vscode.Range(doc.positionAt(first.start), doc.positionAt(first.end)),
    );
  }
}
