import * as os from 'node:os';
import * as vscode from 'vscode';
import { STATUSES, type Annotation, type ClaimSource, type ClaimStatus, type SidecarData } from '../core/annotations';
import type { ClaimKind, Finding } from '../core/findings';
import { newAnnotation, newDismissal, reattach } from '../core/sidecar/model';
import { sidecarPathFor } from '../core/sidecar/paths';
import { argsOf, documentOf, rangeOf, resolveTarget, type ResolvedTarget } from './claimTarget';
import type { ReviewState } from './reviewState';
import type { Settings } from './settings';

const STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  unchecked: 'Nobody has checked it yet',
  'in-progress': 'Being checked',
  verified: 'Checked and supported by the source',
  disputed: 'The source or others contest it',
  false: 'Checked and found false',
  inconclusive: 'Checked; the evidence does not settle it',
};

/** Reads a source from the arguments: a name, a URL, or both. */
function sourceOf(value: string | ClaimSource): ClaimSource {
  if (typeof value !== 'string') return value.url ? { ...value } : { name: value.name, ...(value.type ? { type: value.type } : {}) };
  const text = value.trim();
  return /^https?:\/\//i.test(text) ? { name: new URL(text).hostname, url: text } : { name: text };
}

/** The handlers that create, change and remove annotations; each accepts `ClaimArgs` so it runs without UI. */
export class AnnotateCommands {
  constructor(
    private readonly review: ReviewState,
    private readonly settings: Settings,
  ) {}

  /** The name recorded as `by`: the reviewer setting, else the OS user. */
  private reviewer(): string | undefined {
    const configured = this.settings.get().reviewer.trim();
    if (configured) return configured;
    try {
      return os.userInfo().username || undefined;
    } catch {
      return undefined;
    }
  }

  private async edit(doc: vscode.TextDocument, mutate: (data: SidecarData) => void): Promise<boolean> {
    try {
      await this.review.store.edit(doc.uri, mutate);
      return true;
    } catch (err) {
      void vscode.window.showErrorMessage(`ClaimLens could not save the annotation: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  }

  private fromFinding(doc: vscode.TextDocument, finding: Finding): Annotation {
    return newAnnotation(doc.getText(), {
      kind: finding.kind,
      start: finding.start,
      end: finding.end,
      origin: 'detected',
      cue: finding.cue?.text,
      rule: finding.rule,
      source: finding.source ? { name: finding.source.text } : undefined,
      by: this.reviewer(),
    });
  }

  /**
   * Applies `change` to the target's annotation; a pending detection is accepted first (set status, source or
   * note on a detection records it). Resolves to the annotation id, or undefined when nothing was changed.
   */
  private async change(target: ResolvedTarget | undefined, change: (a: Annotation) => void): Promise<string | undefined> {
    if (!target || (!target.annotation && !target.finding)) {
      void vscode.window.showInformationMessage('ClaimLens: put the cursor on a highlighted claim first.');
      return undefined;
    }
    const { doc, annotation, finding } = target;
    const by = this.reviewer();
    if (annotation) {
      const ok = await this.edit(doc, (data) => {
        const stored = data.annotations.find((a) => a.id === annotation.id);
        if (!stored) return;
        change(stored);
        stored.updated = new Date().toISOString();
        if (by) stored.by = by;
      });
      return ok ? annotation.id : undefined;
    }
    const created = this.fromFinding(doc, finding!);
    change(created);
    return (await this.edit(doc, (data) => void data.annotations.push(created))) ? created.id : undefined;
  }

  /** Mark Selection as Attributed Claim / Unverified Statement. */
  async mark(kind: ClaimKind, raw: unknown): Promise<string | undefined> {
    const args = argsOf(raw);
    const doc = await documentOf(args);
    const range = doc && rangeOf(doc, args);
    if (!doc || !range || range.start === range.end) {
      void vscode.window.showInformationMessage('ClaimLens: select the text of the claim first.');
      return undefined;
    }
    await this.review.open(doc);
    const annotation = newAnnotation(doc.getText(), { kind, start: range.start, end: range.end, origin: 'manual', by: this.reviewer() });
    return (await this.edit(doc, (data) => void data.annotations.push(annotation))) ? annotation.id : undefined;
  }

  /** Accept Detection: records the detection under the cursor as an unchecked annotation. */
  async accept(raw: unknown): Promise<string | undefined> {
    const target = await resolveTarget(this.review, argsOf(raw));
    if (!target?.finding) {
      void vscode.window.showInformationMessage('ClaimLens: there is no unreviewed detection here.');
      return undefined;
    }
    const created = this.fromFinding(target.doc, target.finding);
    return (await this.edit(target.doc, (data) => void data.annotations.push(created))) ? created.id : undefined;
  }

  /** Dismiss Detection: records a dismissal so the detection stays hidden when the text moves. */
  async dismiss(raw: unknown): Promise<string | undefined> {
    const target = await resolveTarget(this.review, argsOf(raw));
    if (!target?.finding) {
      void vscode.window.showInformationMessage('ClaimLens: there is no unreviewed detection here.');
      return undefined;
    }
    const dismissal = newDismissal(target.doc.getText(), target.finding, this.reviewer());
    return (await this.edit(target.doc, (data) => void data.dismissed.push(dismissal))) ? dismissal.id : undefined;
  }

  /** Set Status…: from `args.status` or a quick pick. */
  async setStatus(raw: unknown): Promise<string | undefined> {
    const args = argsOf(raw);
    const target = await resolveTarget(this.review, args);
    let status = args.status;
    if (!status && target && (target.annotation || target.finding)) {
      const current = target.annotation?.status;
      const picked = await vscode.window.showQuickPick(
        STATUSES.map((s) => ({ label: s, description: s === current ? '(current)' : undefined, detail: STATUS_DESCRIPTIONS[s] })),
        { title: 'ClaimLens: Set Status', placeHolder: 'The verification status of this claim' },
      );
      status = picked?.label as ClaimStatus | undefined;
      if (!status) return undefined;
    }
    if (status && !(STATUSES as readonly string[]).includes(status)) throw new Error(`Unknown status "${status}"`);
    return this.change(target, (a) => {
      if (status) a.status = status;
    });
  }

  /** Set Source…: from `args.source` or two input boxes (name, then an optional URL). */
  async setSource(raw: unknown): Promise<string | undefined> {
    const args = argsOf(raw);
    const target = await resolveTarget(this.review, args);
    let source = args.source !== undefined ? sourceOf(args.source) : undefined;
    if (!source && target && (target.annotation || target.finding)) {
      const current = target.annotation?.source ?? (target.finding?.source ? { name: target.finding.source.text } : undefined);
      const name = await vscode.window.showInputBox({ title: 'ClaimLens: Set Source (1/2)', prompt: 'Who the claim is attributed to', value: current?.name ?? '' });
      if (name === undefined) return undefined;
      const url = await vscode.window.showInputBox({
        title: 'ClaimLens: Set Source (2/2)',
        prompt: 'A link to the source (optional)',
        value: current?.url ?? '',
        validateInput: (v) => (v.trim() === '' || /^https?:\/\/\S+$/i.test(v.trim()) ? undefined : 'Enter an http(s) URL, or leave it empty'),
      });
      if (url === undefined) return undefined;
      source = url.trim() ? { name: name.trim() || new URL(url.trim()).hostname, url: url.trim() } : { name: name.trim() };
    }
    if (!source) return this.change(target, () => undefined);
    const chosen = source;
    return this.change(target, (a) => {
      if (chosen.name.trim() === '' && !chosen.url) delete a.source;
      else a.source = chosen;
    });
  }

  /** Edit Note…: from `args.note` or an input box; an empty note removes it. */
  async editNote(raw: unknown): Promise<string | undefined> {
    const args = argsOf(raw);
    const target = await resolveTarget(this.review, args);
    let note = args.note;
    if (note === undefined && target && (target.annotation || target.finding)) {
      note = await vscode.window.showInputBox({ title: 'ClaimLens: Edit Note', prompt: 'A note for the other checkers (empty removes it)', value: target.annotation?.note ?? '' });
      if (note === undefined) return undefined;
    }
    return this.change(target, (a) => {
      if (note === undefined) return;
      if (note.trim() === '') delete a.note;
      else a.note = note;
    });
  }

  /** Remove Annotation: deletes the stored annotation under the cursor (or `args.id`). */
  async remove(raw: unknown): Promise<string | undefined> {
    const target = await resolveTarget(this.review, argsOf(raw));
    const annotation = target?.annotation;
    if (!target || !annotation) {
      void vscode.window.showInformationMessage('ClaimLens: there is no stored annotation here.');
      return undefined;
    }
    const ok = await this.edit(target.doc, (data) => {
      data.annotations = data.annotations.filter((a) => a.id !== annotation.id);
    });
    return ok ? annotation.id : undefined;
  }

  /** Re-attach Unanchored Annotation to Selection: `args.id` or a quick pick of the article's unanchored ones. */
  async reattach(raw: unknown): Promise<string | undefined> {
    const args = argsOf(raw);
    const doc = await documentOf(args);
    const snapshot = doc && (this.review.snapshot(doc) ?? (await this.review.open(doc)));
    if (!doc || !snapshot) return undefined;
    const range = rangeOf(doc, { start: args.start, end: args.end });
    if (!range || range.start === range.end) {
      void vscode.window.showInformationMessage('ClaimLens: select the text the annotation belongs to first.');
      return undefined;
    }
    let id = args.id;
    if (!id) {
      const picked = await vscode.window.showQuickPick(
        snapshot.unanchored.map((a) => ({ label: a.anchor.quote.replace(/\s+/g, ' ').slice(0, 80), description: `${a.kind} · ${a.status}`, id: a.id })),
        { title: 'ClaimLens: Re-attach Annotation', placeHolder: 'The unanchored annotation to attach to the selection' },
      );
      id = picked?.id;
    }
    if (!id) {
      if (snapshot.unanchored.length === 0) void vscode.window.showInformationMessage('ClaimLens: this article has no unanchored annotations.');
      return undefined;
    }
    const text = doc.getText();
    const chosen = id;
    const ok = await this.edit(doc, (data) => {
      const i = data.annotations.findIndex((x) => x.id === chosen);
      if (i >= 0) data.annotations[i] = reattach(data.annotations[i], text, range.start, range.end);
    });
    return ok ? chosen : undefined;
  }

  /** Open Sidecar: opens the article's YAML sidecar beside it; resolves to its uri, or undefined when none exists. */
  async openSidecar(raw: unknown): Promise<vscode.Uri | undefined> {
    const args = argsOf(raw);
    const doc = await documentOf(args);
    if (!doc) return undefined;
    const sidecar = doc.uri.with({ path: sidecarPathFor(doc.uri.path, this.settings.get(doc.uri).sidecarSuffix) });
    try {
      await vscode.workspace.fs.stat(sidecar);
    } catch {
      void vscode.window.showInformationMessage('ClaimLens: this article has no sidecar yet; it is created when you record the first claim.');
      return undefined;
    }
    await vscode.window.showTextDocument(sidecar, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    return sidecar;
  }
}
