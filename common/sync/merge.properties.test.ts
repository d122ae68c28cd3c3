/**
 * Properties of the three-way text merge over generated texts (fast-check), where hand-picked
 * cases cannot cover the space: repeated lines, empty lines, texts with and without a final newline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeText } from './merge';

/** The lines a user sees, without terminators (a final newline adds no empty line). */
function linesOf(text: string): string[] {
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

function counts(lines: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of lines) out.set(line, (out.get(line) ?? 0) + 1);
  return out;
}

/** Few distinct lines (so lines repeat and the LCS has choices) plus arbitrary Unicode ones. */
const line = fc.oneof(
  fc.constantFrom('', 'a', 'b', '議事メモ', '- [ ] 確認'),
  fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => s.replace(/\n/g, '')),
);
const nonEmptyLine = line.filter((l) => l !== '');

const text = (lines: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(lines, { maxLength: 12 }), fc.boolean())
    .map(([ls, finalNewline]) => (ls.length ? ls.join('\n') + (finalNewline ? '\n' : '') : ''));

interface LineEdit {
  kind: 'insert' | 'replace' | 'delete';
  at: number;
  line: string;
}

const edit: fc.Arbitrary<LineEdit> = fc.record({
  kind: fc.constantFrom('insert', 'replace', 'delete'),
  at: fc.nat(),
  line,
});

/** A side derived from `base` by a few line edits and possibly a changed final newline. */
function derive(base: string, edits: readonly LineEdit[], finalNewline: boolean | null): string {
  const lines = linesOf(base);
  for (const e of edits) {
    const at = e.at % (lines.length + 1);
    if (e.kind === 'insert') lines.splice(at, 0, e.line);
    else if (e.kind === 'replace') lines.splice(at, 1, e.line);
    else lines.splice(at, 1);
  }
  const newline = finalNewline ?? base.endsWith('\n');
  return lines.length ? lines.join('\n') + (newline ? '\n' : '') : '';
}

const side = (base: string) =>
  fc
    .tuple(fc.array(edit, { maxLength: 4 }), fc.option(fc.boolean()))
    .map(([edits, newline]) => derive(base, edits, newline));

const threeWay = text(line).chain((base) => fc.tuple(fc.constant(base), side(base), side(base)));

describe('mergeText properties', () => {
  it('keeps every line of both sides somewhere: in the merged text, or (on a conflict) in the kept texts', () => {
    fc.assert(
      fc.property(threeWay, ([base, ours, theirs]) => {
        const result = mergeText(base, ours, theirs);
        // On a conflict the caller keeps `ours` as the text and `theirs` as a conflict record.
        const kept = result.clean ? linesOf(result.text) : [...linesOf(ours), ...linesOf(theirs)];
        const keptCounts = counts(kept);
        const baseCounts = counts(linesOf(base));
        for (const s of [ours, theirs]) {
          // Each line a side added is still there (a line one side deleted may go).
          for (const [l, n] of counts(linesOf(s))) {
            expect(keptCounts.get(l) ?? 0).toBeGreaterThanOrEqual(n - (baseCounts.get(l) ?? 0));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is clean and exact when one side appends a line and the other edits a line at least two before it', () => {
    const scenario = fc
      .tuple(fc.array(nonEmptyLine, { minLength: 2, maxLength: 10 }), fc.boolean(), fc.boolean())
      .chain(([lines, baseNewline, oursNewline]) =>
        fc.record({
          lines: fc.constant(lines),
          baseNewline: fc.constant(baseNewline),
          oursNewline: fc.constant(oursNewline),
          appended: nonEmptyLine,
          at: fc.nat({ max: lines.length - 2 }),
          replacement: nonEmptyLine,
        }),
      )
      .filter((s) => s.replacement !== s.lines[s.at]);
    fc.assert(
      fc.property(scenario, ({ lines, baseNewline, oursNewline, appended, at, replacement }) => {
        const join = (ls: readonly string[], newline: boolean) => ls.join('\n') + (newline ? '\n' : '');
        const edited = lines.map((l, i) => (i === at ? replacement : l));
        const base = join(lines, baseNewline);
        const ours = join([...lines, appended], oursNewline);
        const theirs = join(edited, baseNewline);
        expect(mergeText(base, ours, theirs)).toEqual({
          clean: true,
          text: join([...edited, appended], oursNewline),
        });
      }),
      { numRuns: 1000 },
    );
  });
});
