/**
 * Property: through random sequences of live edits, annotation edits, saves, outside rewrites of the article, outside
 * rewrites of the sidecar and reloads (merged by id, as the store does), no annotation is ever lost, and none is
 * attached to text other than its quote; an annotation is unanchored only when its quote no longer occurs.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Annotation, SidecarData } from '../../../src/core/annotations';
import { STATUSES } from '../../../src/core/annotations';
import { applyLiveEdits } from '../../../src/core/anchor/liveEdits';
import type { TextChange } from '../../../src/core/anchor/liveEdits';
import { reanchorData } from '../../../src/core/anchor/reanchor';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/format';
import { mergeSidecars, resolveConflicts } from '../../../src/core/sidecar/merge';
import { emptySidecar, newAnnotation } from '../../../src/core/sidecar/model';

/** Sequences checked per run; the final report quotes this figure. */
export const SEQUENCES = Number(process.env.CLAIMLENS_PROPERTY_RUNS) || 3000;

const WORDS = ['the ', 'minister ', 'said ', '"we will" ', 'reportedly ', 'claims ', 'a', 'b', '. ', '\n', 'é', '👍'];

type Op =
  | { op: 'annotate'; a: number; b: number }
  | { op: 'type'; a: number; b: number; words: number[] }
  | { op: 'status'; which: number; status: number }
  | { op: 'save' }
  | { op: 'rewriteArticle'; a: number; b: number; words: number[] }
  | { op: 'rewriteSidecar'; which: number; status: number; a: number; b: number }
  | { op: 'reload'; theirs: boolean };

const nat = fc.nat({ max: 10_000 });
const words = fc.array(fc.nat({ max: WORDS.length - 1 }), { maxLength: 6 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('annotate' as const), a: nat, b: nat }),
  { arbitrary: fc.record({ op: fc.constant('type' as const), a: nat, b: nat, words }), weight: 4 },
  fc.record({ op: fc.constant('status' as const), which: nat, status: fc.nat({ max: STATUSES.length - 1 }) }),
  fc.record({ op: fc.constant('save' as const) }),
  fc.record({ op: fc.constant('rewriteArticle' as const), a: nat, b: nat, words }),
  fc.record({ op: fc.constant('rewriteSidecar' as const), which: nat, status: fc.nat({ max: STATUSES.length - 1 }), a: nat, b: nat }),
  fc.record({ op: fc.constant('reload' as const), theirs: fc.boolean() }),
);

function pick(text: string, a: number, b: number, minLength = 0): [number, number] {
  const s = a % (text.length + 1);
  const e = Math.min(text.length, s + (b % 40));
  return e - s >= minLength ? [s, e] : [s, s];
}

function parsed(text: string): SidecarData {
  const result = parseSidecar(text, { articleName: 'story.txt' });
  if (!result.ok) assert.fail(`the saved sidecar does not parse: ${result.error.message}\n${text}`);
  return result.data;
}

function byId(data: SidecarData): SidecarData {
  const order = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return { ...data, annotations: [...data.annotations].sort(order), dismissed: [...data.dismissed].sort(order) };
}

function all(data: SidecarData): Annotation[] {
  return data.annotations;
}

function checkInvariants(text: string, data: SidecarData, known: Set<string>): void {
  const ids = all(data).map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'ids stay unique');
  for (const id of known) assert.ok(ids.includes(id), `annotation ${id} was lost`);
  for (const annotation of all(data)) {
    const { quote, start, end } = annotation.anchor;
    if (annotation.unanchored) {
      assert.equal(text.includes(quote), false, `${annotation.id} is unanchored although "${quote}" is in the text`);
    } else {
      assert.equal(text.slice(start, end), quote, `${annotation.id} is attached to the wrong text`);
    }
  }
}

describe('annotations are never lost (property)', function () {
  this.timeout(300_000);

  it(`holds over ${SEQUENCES} random sequences of edits, saves, outside rewrites and reloads`, () => {
    let steps = 0;
    fc.assert(
      fc.property(fc.array(fc.nat({ max: WORDS.length - 1 }), { minLength: 5, maxLength: 40 }), fc.array(opArb, { minLength: 1, maxLength: 25 }), (initial, ops) => {
        let text = initial.map((w) => WORDS[w]).join('');
        let memory = emptySidecar('story.txt');
        let disk: string | undefined; // the sidecar file
        let base = emptySidecar('story.txt'); // what the store last read or wrote
        const known = new Set<string>();
        for (const step of ops) {
          steps++;
          const before = memory;
          switch (step.op) {
            case 'annotate': {
              const [s, e] = pick(text, step.a, step.b, 1);
              if (e === s) break;
              const annotation = newAnnotation(text, { kind: 'unverified', start: s, end: e, origin: 'manual' });
              memory = { ...memory, annotations: [...memory.annotations, annotation] };
              known.add(annotation.id);
              break;
            }
            case 'type': {
              const [s, e] = pick(text, step.a, step.b);
              const change: TextChange = { start: s, end: e, text: step.words.map((w) => WORDS[w]).join('') };
              text = text.slice(0, s) + change.text + text.slice(e);
              memory = applyLiveEdits(memory, text, [change]);
              for (const annotation of before.annotations) {
                const after = memory.annotations.find((a) => a.id === annotation.id);
                const untouched = !annotation.unanchored && (e < annotation.anchor.start || s > annotation.anchor.end);
                if (untouched) assert.equal(after?.anchor.quote, annotation.anchor.quote, 'an edit elsewhere changed an annotation');
              }
              break;
            }
            case 'status': {
              if (memory.annotations.length === 0) break;
              const index = step.which % memory.annotations.length;
              memory = {
                ...memory,
                annotations: memory.annotations.map((a, i) => (i === index ? { ...a, status: STATUSES[step.status] } : a)),
              };
              break;
            }
            case 'save': {
              disk = serializeSidecar(memory, disk);
              const back = parsed(disk);
              assert.deepEqual(byId(back), byId(memory), 'a save reads back as what was saved');
              base = back;
              break;
            }
            case 'rewriteArticle': {
              const [s, e] = pick(text, step.a, step.b);
              const previous = text;
              text = text.slice(0, s) + step.words.map((w) => WORDS[w]).join('') + text.slice(e);
              memory = reanchorData(text, memory);
              for (const annotation of before.annotations) {
                const after = memory.annotations.find((a) => a.id === annotation.id);
                if (!annotation.unanchored && previous.slice(annotation.anchor.start, annotation.anchor.end) === annotation.anchor.quote && text.includes(annotation.anchor.quote)) {
                  assert.equal(after?.anchor.quote, annotation.anchor.quote, 'a quote still in the text must be re-found exactly');
                }
              }
              break;
            }
            case 'rewriteSidecar': {
              // Another editor changes a status and adds an annotation, then the file is replaced on disk.
              const theirs = disk === undefined ? emptySidecar('story.txt') : parsed(disk);
              if (theirs.annotations.length > 0) {
                const index = step.which % theirs.annotations.length;
                theirs.annotations[index] = { ...theirs.annotations[index], status: STATUSES[step.status] };
              }
              const [s, e] = pick(text, step.a, step.b, 1);
              if (e > s) {
                const added = newAnnotation(text, { kind: 'attributed', start: s, end: e, origin: 'manual' });
                theirs.annotations.push(added);
                known.add(added.id);
              }
              disk = serializeSidecar(theirs, disk);
              memory = reload(memory, base, disk, text, step.which % 2 === 0);
              base = parsed(disk);
              break;
            }
            case 'reload': {
              if (disk === undefined) break;
              memory = reload(memory, base, disk, text, step.theirs);
              base = parsed(disk);
              break;
            }
          }
          checkInvariants(text, memory, known);
        }
      }),
      { numRuns: SEQUENCES },
    );
    assert.ok(steps > SEQUENCES, 'every sequence ran');
  });
});

function reload(memory: SidecarData, base: SidecarData, disk: string, text: string, takeTheirs: boolean): SidecarData {
  const merged = mergeSidecars(base, memory, parsed(disk));
  const resolved = resolveConflicts(merged.data, merged.conflicts, () => (takeTheirs ? 'theirs' : 'ours'));
  return reanchorData(text, resolved);
}
