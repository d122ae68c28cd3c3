/**
 * One sentence that states both the budget and the period (「予算は300万円とし、実施期間は令和9年7月
 * から12月までとする。」) would be quoted under 予算 and again under スケジュール. Cut at the clause
 * boundary between them, each section quotes its own clause as a sentence; a sentence with no such
 * boundary is quoted under 予算 only, and スケジュール points at it.
 */
import { answers, type CueField } from './textCues';

/** A clause that ends in a continuative form, with the form that ends it as a sentence. */
const ENDINGS: readonly [RegExp, string, string][] = [
  [/とし、/u, 'とする。', 'とします。'],
  [/であり、/u, 'である。', 'です。'],
  [/となり、/u, 'となる。', 'となります。'],
  [/であって、/u, 'である。', 'です。'],
];

/** The sentence cut at its first continuative clause boundary into two sentences, or null. */
function cutInTwo(sentence: string): [string, string] | null {
  const polite = /(?:です|ます)。?$/u.test(sentence.trim());
  for (const [form, plain, politeEnd] of ENDINGS) {
    const m = form.exec(sentence);
    if (!m) continue;
    const head = sentence.slice(0, m.index) + (polite ? politeEnd : plain);
    const tail = sentence.slice(m.index + m[0].length).trim();
    if (tail) return [head.trim(), tail];
  }
  return null;
}

/**
 * The parts of `sentence` that answer `first` and `second` (budget and schedule), each a sentence of
 * its own, or null when no clause boundary parts them (each clause answering one field only).
 */
export function splitBetween(sentence: string, first: CueField, second: CueField): [string, string] | null {
  const parts = cutInTwo(sentence);
  if (!parts) return null;
  const only = (s: string, yes: CueField, no: CueField) => answers(yes, s) && !answers(no, s);
  const [a, b] = parts;
  if (only(a, first, second) && only(b, second, first)) return [a, b];
  if (only(b, first, second) && only(a, second, first)) return [b, a];
  return null;
}
