/**
 * Where the rewrite puts a term's explanation sentence. After the sentence that uses the term, a
 * note would come between the author's sentence and the next one; a next sentence that opens with
 * a connective or a demonstrative (また、 あわせて、 このため、 この計画は …) would then seem to
 * point at the note. The note moves past such sentences, to before the first sentence that starts
 * afresh or to the end of the line, so every connective still follows the sentence it refers to.
 */
import type { Sentence } from './types';

/**
 * Openers that point back at the sentence before: connectives, and こ・そ demonstratives and 同
 * (同計画) — not これまで/これから/それぞれ, which say "so far", "from now" and "each".
 */
const POINTS_BACK =
  /^(?:また|あわせて|併せて|さらに|更に|なお|ただし|一方|他方|しかし|しかしながら|ところが|加えて|そこで|したがって|よって|ついては|つきましては|同様に|特に|とりわけ|中でも|なかでも|具体的には|例えば|以上の|(?!これまで|これから|それぞれ)(?:この|その|これ|それ|こう|そう|こちら)|同(?=\p{sc=Han}))/u;

/** True when `sentence` opens with a word that refers to the sentence before it. */
export function pointsBack(sentence: string): boolean {
  return POINTS_BACK.test(sentence.trimStart());
}

/**
 * The offset after which notes on sentence `index` go: its end, or the end of the run of sentences
 * after it on the same line that each point back.
 */
export function noteAnchor(text: string, sentences: readonly Sentence[], index: number): number {
  let end = sentences[index]!.end;
  for (let j = index + 1; j < sentences.length; j++) {
    const next = sentences[j]!;
    if (!/^[ \u3000]*$/u.test(text.slice(end, next.start)) || next.kind !== sentences[index]!.kind) break;
    if (!pointsBack(next.text)) break;
    end = next.end;
  }
  return end;
}
