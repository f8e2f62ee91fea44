/**
 * The annotation store in a real VS Code: annotations follow typing, survive outside rewrites of the article and a
 * git-checkout-style replacement of the sidecar while the editor holds unsaved changes (merged by id, conflicts asked
 * about), are kept or discarded as the user chooses when the sidecar is deleted meanwhile, move with a renamed article, and a malformed sidecar is diagnosed and never written. Each test writes its
 * own article under store-tests/ and waits on the store's onDidChange event.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation, SidecarData } from '../../../src/core/annotations';
import { writeFileAtomic } from '../../../src/core/sidecar/atomicWrite';
import type { AtomicWriteFs } from '../../../src/core/sidecar/atomicWrite';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/format';
import type { MergeConflict } from '../../../src/core/sidecar/merge';
import { newAnnotation } from '../../../src/core/sidecar/model';
import { baseName } from '../../../src/core/sidecar/paths';
import { AnnotationStore } from '../../../src/extension/store/annotationStore';
import type { ArticleState } from '../../../src/extension/store/annotationStore';
import type { DeletionChoice } from '../../../src/extension/store/conflictPrompt';
import { workspaceAtomicFs } from '../../../src/extension/store/workspaceAtomicFs';
import { activeExtension, workspaceUri } from '../helpers';

const ARTICLE = [
  'Harbour plan approved',
  '',
  'The port authority said the new quay would open in 2027.',
  '',
  '"We expect forty more ships a year," said Ines Morel, the harbour master.',
  '',
  'Fishermen reportedly fear the dredging will harm the bay.',
  '',
].join('\n');
const SAID = 'The port authority said the new quay would open in 2027.';
const QUOTE = '"We expect forty more ships a year," said Ines Morel, the harbour master.';
const FEAR = 'Fishermen reportedly fear the dredging will harm the bay.';

let store: AnnotationStore;
let counter = 0;

/** Writes a fresh article under store-tests/ with a sidecar annotating `quotes`; returns its uri and annotations. */
function writeArticle(quotes: string[], text = ARTICLE): { uri: vscode.Uri; annotations: Annotation[] } {
  const uri = workspaceUri(`store-tests/article-${++counter}.txt`);
  fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  const annotations = quotes.map((quote) => {
    const start = text.indexOf(quote);
    assert.ok(start >= 0, quote);
    return newAnnotation(text, { kind: 'attributed', start, end: start + quote.length, origin: 'manual' });
  });
  const data: SidecarData = { version: 1, article: `article-${counter}.txt`, annotations, dismissed: [] };
  fs.writeFileSync(`${uri.fsPath}.claims.yaml`, serializeSidecar(data));
  return { uri, annotations };
}

function sidecarOnDisk(uri: vscode.Uri): SidecarData {
  const parsed = parseSidecar(fs.readFileSync(`${uri.fsPath}.claims.yaml`, 'utf8'));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
  return parsed.data;
}

/** Resolves with the article's state once `test` accepts it: checked now, then after each onDidChange for it. */
function stateWhere(on: AnnotationStore, uri: vscode.Uri, test: (state: ArticleState) => boolean, what: string): Promise<ArticleState> {
  return new Promise((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    const check = (): boolean => {
      const state = on.current(uri);
      if (!state || !test(state)) return false;
      sub?.dispose();
      clearTimeout(timer);
      resolve(state);
      return true;
    };
    const timer = setTimeout(() => {
      sub?.dispose();
      reject(new Error(`timed out waiting for ${what}: ${JSON.stringify(on.current(uri)?.data.annotations.map((a) => [a.anchor.quote, a.anchor.start, a.status, a.unanchored]))}`));
    }, 20_000);
    sub = on.onDidChange((changed) => {
      if (changed.toString() === uri.toString()) check();
    });
    check();
  });
}

function byId(state: ArticleState, id: string): Annotation {
  const found = state.data.annotations.find((a) => a.id === id);
  assert.ok(found, `annotation ${id} is present`);
  return found;
}

async function insert(editor: vscode.TextEditor, offset: number, text: string): Promise<void> {
  assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(offset), text)));
}

describe('annotation store', () => {
  before(async () => {
    await vscode.workspace.openTextDocument(workspaceUri('council-vote.txt')); // a plaintext document activates ClaimLens
    store = (await activeExtension()).exports.store;
    assert.ok(store, 'the extension exposes its store');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('moves an annotation with typing before, inside and after it, orphans it when its text is deleted, and saves with the article', async () => {
    const { uri, annotations } = writeArticle([QUOTE]);
    const id = annotations[0].id;
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const loaded = await store.load(uri);
    assert.equal(byId(loaded, id).anchor.start, ARTICLE.indexOf(QUOTE));

    await insert(editor, 0, 'UPDATED: ');
    let state = await stateWhere(store, uri, (s) => byId(s, id).anchor.start === ARTICLE.indexOf(QUOTE) + 9, 'typing before to shift it');
    assert.equal(byId(state, id).anchor.quote, QUOTE);
    assert.equal(state.unsaved, true, 'moved anchors wait for the article to be saved');

    const inside = editor.document.getText().indexOf('forty') + 'forty'.length;
    await insert(editor, inside, '-five');
    state = await stateWhere(store, uri, (s) => byId(s, id).anchor.quote.includes('forty-five'), 'typing inside to extend it');
    const extended = QUOTE.replace('forty', 'forty-five');
    assert.equal(byId(state, id).anchor.quote, extended);

    const after = editor.document.getText().indexOf(extended) + extended.length;
    await insert(editor, after, ' (Updated Monday.)');
    await insert(editor, 0, 'X');
    state = await stateWhere(store, uri, (s) => editor.document.getText().startsWith('XUPDATED') && byId(s, id).anchor.start === editor.document.getText().indexOf(extended), 'the next edit');
    assert.equal(byId(state, id).anchor.quote, extended, 'typing right after the end does not extend it');

    const start = editor.document.getText().indexOf(extended);
    assert.ok(await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + extended.length)))));
    state = await stateWhere(store, uri, (s) => byId(s, id).unanchored === true, 'deleting its text to orphan it');
    assert.equal(state.data.annotations.length, 1, 'the orphan is kept');
    await vscode.commands.executeCommand('undo');
    state = await stateWhere(store, uri, (s) => !byId(s, id).unanchored, 'undo to re-attach it');
    assert.equal(byId(state, id).anchor.start, start);

    assert.ok(await editor.document.save());
    await store.save(uri); // runs after the save the document's save queued
    const disk = sidecarOnDisk(uri);
    assert.equal(disk.annotations[0].anchor.quote, extended);
    assert.equal(disk.annotations[0].anchor.start, start);
    assert.equal(store.current(uri)?.unsaved, false);
  });

  it('re-anchors after the article is rewritten outside the editor, keeping the annotation whose quote is gone', async () => {
    const { uri, annotations } = writeArticle([SAID, QUOTE, FEAR]);
    await store.load(uri);
    const rewritten = ['Harbour plan approved after long debate', '', SAID, '', QUOTE.replace('forty', 'about forty'), ''].join('\n');
    fs.writeFileSync(uri.fsPath, rewritten);
    const open = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const state = await stateWhere(store, uri, (s) => byId(s, annotations[2].id).unanchored === true, 'the outside rewrite to be re-anchored').catch((error: Error) => {
      const doc = open();
      throw new Error(`${error.message}; document open: ${doc ? `yes, dirty ${doc.isDirty}, reloaded ${doc.getText() === rewritten}` : 'no'}`);
    });
    const said = byId(state, annotations[0].id);
    assert.equal(said.anchor.start, rewritten.indexOf(SAID), 'the exact quote is found at its new place');
    const quote = byId(state, annotations[1].id);
    assert.equal(quote.unanchored, undefined);
    assert.equal(rewritten.slice(quote.anchor.start, quote.anchor.end), quote.anchor.quote);
    assert.match(quote.anchor.quote, /about forty more ships/, 'the edited quote is found approximately');
    assert.equal(state.data.annotations.length, 3, 'the annotation whose quote was deleted is kept, unanchored');
  });

  it('merges a sidecar replaced on disk (git checkout) with the unsaved annotations of an edited article', async () => {
    const { uri, annotations } = writeArticle([SAID]);
    const mine = annotations[0];
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await store.load(uri);
    await insert(editor, 0, 'LIVE: ');
    await stateWhere(store, uri, (s) => s.unsaved && byId(s, mine.id).anchor.start === ARTICLE.indexOf(SAID) + 6, 'typing to move it');

    // Another branch: our annotation verified by a colleague, plus one of theirs, positions for the text on disk.
    const theirs = newAnnotation(ARTICLE, { kind: 'unverified', start: ARTICLE.indexOf(FEAR), end: ARTICLE.indexOf(FEAR) + FEAR.length, origin: 'detected' });
    const checkedOut: SidecarData = {
      version: 1, article: 'x.txt', dismissed: [],
      annotations: [{ ...mine, status: 'verified', source: { name: 'Port authority press release' } }, theirs],
    };
    fs.writeFileSync(`${uri.fsPath}.claims.yaml`, serializeSidecar(checkedOut));

    const state = await stateWhere(store, uri, (s) => s.data.annotations.length === 2, 'the checked-out sidecar to be merged');
    const text = editor.document.getText();
    const merged = byId(state, mine.id);
    assert.equal(merged.status, 'verified');
    assert.equal(merged.source?.name, 'Port authority press release');
    assert.equal(merged.anchor.start, text.indexOf(SAID), 'our anchor still follows the edited text');
    const added = byId(state, theirs.id);
    assert.equal(added.anchor.start, text.indexOf(FEAR), 'their annotation is re-anchored in the edited text');

    assert.ok(await editor.document.save());
    await store.save(uri);
    const disk = sidecarOnDisk(uri);
    assert.deepEqual(disk.annotations.map((a) => [a.id, a.status, a.anchor.start]).sort(), [
      [mine.id, 'verified', text.indexOf(SAID)],
      [theirs.id, 'unchecked', text.indexOf(FEAR)],
    ].sort());
  });

  it('offers a real conflict to the user and applies the choice', async () => {
    const { uri, annotations } = writeArticle([SAID]);
    const id = annotations[0].id;
    let failNextWrite = true;
    const asked: MergeConflict[][] = [];
    const own = new AnnotationStore({
      chooseConflictResolution: async (_article, conflicts) => {
        asked.push([...conflicts]);
        return 'theirs';
      },
      fileSystem: (sidecar): AtomicWriteFs => {
        const real = workspaceAtomicFs(sidecar);
        return {
          ...real,
          writeFile: async (path, data) => {
            if (failNextWrite) {
              failNextWrite = false;
              throw new Error('simulated full disk');
            }
            return real.writeFile(path, data);
          },
        };
      },
      showError: () => undefined,
    });
    try {
      await own.load(uri);
      await assert.rejects(own.edit(uri, (d) => { d.annotations[0].status = 'disputed'; d.annotations[0].note = 'mine'; }), /simulated full disk/);
      assert.equal(own.current(uri)?.unsaved, true, 'a failed save keeps the change in memory');
      const onDisk = sidecarOnDisk(uri);
      onDisk.annotations[0] = { ...onDisk.annotations[0], status: 'false' };
      await writeFileAtomic(workspaceAtomicFs(uri), `${uri.path}.claims.yaml`, new TextEncoder().encode(serializeSidecar(onDisk)));
      const state = await stateWhere(own, uri, (s) => byId(s, id).status === 'false', 'the conflict to be settled');
      assert.equal(asked.length, 1);
      assert.deepEqual(asked[0].map((c) => [c.field, c.ours, c.theirs]), [['status', 'disputed', 'false']]);
      assert.equal(byId(state, id).note, 'mine', 'the change that did not conflict is kept');
      await own.save(uri);
      assert.deepEqual([sidecarOnDisk(uri).annotations[0].status, sidecarOnDisk(uri).annotations[0].note], ['false', 'mine']);
    } finally {
      own.dispose();
    }
  });

  describe('a sidecar deleted on disk', () => {
    // These tests use their own store with a sidecar suffix of their own, so the extension's store (which would ask in
    // a real modal) does not hold these sidecars.
    const SUFFIX = '.own.claims.yaml';

    interface Question { sidecar: string; answer: (choice: DeletionChoice | undefined) => void }

    /** A store whose deletion questions the test answers: `question` resolves with the first one asked. */
    function ownStore() {
      const told: string[] = [];
      const questions: Question[] = [];
      let asked: (q: Question) => void = () => undefined;
      const question = new Promise<Question>((resolve) => (asked = resolve));
      const own = new AnnotationStore({
        sidecarSuffix: () => SUFFIX,
        chooseSidecarDeletion: (_article, sidecar) =>
          new Promise<DeletionChoice | undefined>((answer) => {
            const q = { sidecar: sidecar.fsPath, answer };
            questions.push(q);
            asked(q);
          }),
        showInformation: (message) => told.push(message),
      });
      return { own, told, questions, question: () => question };
    }

    /**
     * An article with one annotation in a sidecar named with SUFFIX, loaded by `own`. The sidecar is then changed on
     * disk and the change awaited: the file watcher has reported the file, so its deletion cannot be folded into its
     * creation (a file created and deleted between two reports is reported as nothing).
     */
    async function loadedArticle(own: AnnotationStore) {
      const { uri, annotations } = writeArticle([QUOTE]);
      const sidecar = `${uri.fsPath}${SUFFIX}`;
      fs.renameSync(`${uri.fsPath}.claims.yaml`, sidecar);
      const id = annotations[0].id;
      assert.equal((await own.load(uri)).data.annotations.length, 1);
      fs.writeFileSync(sidecar, serializeSidecar({ version: 1, article: baseName(uri.path), annotations: [{ ...annotations[0], note: 'Seen on disk.' }], dismissed: [] }));
      await stateWhere(own, uri, (s) => byId(s, id).note === 'Seen on disk.', 'the sidecar change to be read');
      return { uri, id, sidecar };
    }

    /** `loadedArticle`, open in an editor, with typing the store holds unsaved. */
    async function typedArticle(own: AnnotationStore) {
      const { uri, id, sidecar } = await loadedArticle(own);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const held = own.current(uri);
      assert.ok(held);
      assert.equal(byId(held, id).anchor.start, ARTICLE.indexOf(QUOTE));
      await insert(editor, 0, 'LIVE: ');
      await stateWhere(own, uri, (s) => s.unsaved && byId(s, id).anchor.start === ARTICLE.indexOf(QUOTE) + 6, 'typing to move it');
      return { uri, id, sidecar, editor };
    }

    for (const answer of ['keep', undefined] as const) {
      it(`keeps unsaved annotations when asked and answered ${answer ?? 'by dismissing'}, and writes the sidecar again on save`, async () => {
        const { own, told, questions, question } = ownStore();
        try {
          const { uri, id, sidecar, editor } = await typedArticle(own);
          fs.unlinkSync(sidecar);
          const q = await question();
          assert.equal(q.sidecar, sidecar);
          const waiting = own.current(uri);
          assert.equal(waiting?.data.annotations.length, 1, 'nothing is lost while the question is open');
          assert.equal(fs.existsSync(sidecar), false);

          const changed = new Promise<void>((resolve) => {
            const sub = own.onDidChange((u) => u.toString() === uri.toString() && (sub.dispose(), resolve()));
          });
          q.answer(answer);
          await changed;
          const state = own.current(uri);
          assert.ok(state);
          assert.equal(byId(state, id).anchor.start, editor.document.getText().indexOf(QUOTE));
          assert.equal(state.unsaved, true, 'kept annotations wait for the next save');
          assert.equal(fs.existsSync(sidecar), false, 'keeping does not write before the article is saved');

          assert.ok(await editor.document.save());
          await own.save(uri); // runs after the save the document's save queued
          const parsed = parseSidecar(fs.readFileSync(sidecar, 'utf8'));
          assert.ok(parsed.ok);
          assert.deepEqual(parsed.data.annotations.map((a) => [a.id, a.anchor.start]), [[id, editor.document.getText().indexOf(QUOTE)]]);
          assert.equal(own.current(uri)?.unsaved, false);
          assert.equal(questions.length, 1);
          assert.deepEqual(told, []);
        } finally {
          own.dispose();
        }
      });
    }

    it('discards unsaved annotations when the user follows the deletion', async () => {
      const { own, told, question } = ownStore();
      try {
        const { uri, sidecar, editor } = await typedArticle(own);
        fs.unlinkSync(sidecar);
        const q = await question();
        assert.equal(own.current(uri)?.data.annotations.length, 1, 'nothing is lost while the question is open');
        q.answer('discard');
        const state = await stateWhere(own, uri, (s) => s.data.annotations.length === 0, 'the annotations to be discarded');
        assert.equal(state.unsaved, false);
        assert.ok(await editor.document.save());
        await own.save(uri);
        assert.equal(fs.existsSync(sidecar), false, 'a discarded sidecar is not written again');
        assert.deepEqual(told, []);
      } finally {
        own.dispose();
      }
    });

    it('follows the deletion without asking when nothing is unsaved, and says so', async () => {
      const { own, told, questions } = ownStore();
      try {
        const { uri, sidecar } = await loadedArticle(own);
        fs.unlinkSync(sidecar);
        const state = await stateWhere(own, uri, (s) => s.data.annotations.length === 0, 'the deletion to be followed');
        assert.equal(state.unsaved, false);
        assert.equal(questions.length, 0);
        assert.equal(told.length, 1);
        assert.match(told[0], new RegExp(`article-${counter}\\.txt\\.own\\.claims\\.yaml was deleted on disk, so ClaimLens no longer shows the annotations of article-${counter}\\.txt`));
      } finally {
        own.dispose();
      }
    });
  });

  it('moves the sidecar when the article is renamed in VS Code', async () => {
    const { uri, annotations } = writeArticle([QUOTE]);
    await store.load(uri);
    const renamed = workspaceUri(`store-tests/renamed-${counter}.txt`);
    const changed = stateWhere(store, renamed, () => true, 'the renamed article');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const state = await changed;
    assert.equal(state.data.annotations[0].id, annotations[0].id);
    await store.save(renamed);
    assert.equal(fs.existsSync(`${uri.fsPath}.claims.yaml`), false, 'the old sidecar is gone');
    const disk = sidecarOnDisk(renamed);
    assert.equal(disk.article, `renamed-${counter}.txt`);
    assert.equal(disk.annotations[0].id, annotations[0].id);
    assert.equal(store.current(uri), undefined);
  });

  it('keeps the sidecar when the article is deleted, and says so', async () => {
    const { uri } = writeArticle([QUOTE]);
    let told: (message: string) => void = () => undefined;
    const message = new Promise<string>((resolve) => (told = resolve));
    const own = new AnnotationStore({ showInformation: (text) => told(text) });
    try {
      await own.load(uri);
      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(uri);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.match(await message, new RegExp(`article-${counter}\\.txt was deleted\\. Its annotations are kept in article-${counter}\\.txt\\.claims\\.yaml`));
      assert.equal(fs.existsSync(uri.fsPath), false);
      assert.equal(fs.existsSync(`${uri.fsPath}.claims.yaml`), true);
      assert.equal(own.current(uri), undefined);
    } finally {
      own.dispose();
    }
  });

  it('diagnoses a malformed sidecar, never writes it, and makes the annotations read-only until it is fixed', async () => {
    const { uri } = writeArticle([SAID]);
    const sidecar = vscode.Uri.file(`${uri.fsPath}.claims.yaml`);
    const good = fs.readFileSync(sidecar.fsPath, 'utf8');
    const broken = good.replace('status: unchecked', 'status: checked-ish');
    fs.writeFileSync(sidecar.fsPath, broken);
    const line = broken.split('\n').findIndex((l) => l.includes('checked-ish'));

    const state = await store.load(uri);
    assert.equal(state.readOnly, true);
    assert.equal(state.error?.line, line + 1);
    assert.match(state.error?.message ?? '', /Unknown status `checked-ish`/);
    const diagnostics = vscode.languages.getDiagnostics(sidecar);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].range.start.line, line);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    await assert.rejects(store.edit(uri, (d) => { d.annotations = []; }), /read-only/);

    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await insert(editor, 0, 'Typing and saving the article does not write the sidecar. ');
    assert.ok(await editor.document.save());
    await store.save(uri).catch(() => undefined);
    assert.equal(fs.readFileSync(sidecar.fsPath, 'utf8'), broken, 'the malformed sidecar is untouched');

    fs.writeFileSync(sidecar.fsPath, good);
    const fixed = await stateWhere(store, uri, (s) => !s.readOnly, 'the fixed sidecar to be read');
    assert.equal(fixed.data.annotations.length, 1);
    assert.equal(fixed.data.annotations[0].anchor.start, editor.document.getText().indexOf(SAID));
    assert.equal(vscode.languages.getDiagnostics(sidecar).length, 0);
  });
});
