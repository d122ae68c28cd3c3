/**
 * Side-by-side rows from a line diff (the `diff` package), with changed characters marked inside
 * a changed line pair so a one-word edit in a long Japanese line is easy to spot.
 */
import { diffChars, diffLines } from 'diff';

export interface Segment {
  text: string;
  changed: boolean;
}

/** One row: the left (current) and right (other) line, either of which may be missing. */
export interface DiffRow {
  left: Segment[] | null;
  right: Segment[] | null;
  kind: 'same' | 'changed' | 'removed' | 'added';
}

const splitLines = (text: string) => text.replace(/\n$/, '').split('\n');

function charSegments(a: string, b: string): [Segment[], Segment[]] {
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const part of diffChars(a, b)) {
    if (!part.added) left.push({ text: part.value, changed: !!part.removed });
    if (!part.removed) right.push({ text: part.value, changed: !!part.added });
  }
  return [left, right];
}

/** Rows comparing `current` (left) with `other` (right). */
export function diffRows(current: string, other: string): DiffRow[] {
  const rows: DiffRow[] = [];
  const parts = diffLines(current, other);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const a = splitLines(part.value);
      const b = splitLines(next.value);
      for (let j = 0; j < Math.max(a.length, b.length); j++) {
        const l = a[j];
        const r = b[j];
        if (l !== undefined && r !== undefined) {
          const [left, right] = charSegments(l, r);
          rows.push({ left, right, kind: 'changed' });
        } else if (l !== undefined)
          rows.push({ left: [{ text: l, changed: true }], right: null, kind: 'removed' });
        else rows.push({ left: null, right: [{ text: r!, changed: true }], kind: 'added' });
      }
      i++;
      continue;
    }
    for (const line of splitLines(part.value)) {
      if (part.removed) rows.push({ left: [{ text: line, changed: true }], right: null, kind: 'removed' });
      else if (part.added) rows.push({ left: null, right: [{ text: line, changed: true }], kind: 'added' });
      else
        rows.push({
          left: [{ text: line, changed: false }],
          right: [{ text: line, changed: false }],
          kind: 'same',
        });
    }
  }
  return rows;
}
