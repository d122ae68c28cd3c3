/**
 * Where a text's notes may gather (sectionNotes.ts). Headings and blank lines end sections, but a
 * council answer or a plan sheet often has neither: one line per topic, or one block, and all its
 * ※ lines would pile up at its end, far from the words they explain. So a block of notes also ends
 * where a line of prose ends, where a sentence turns to a new topic (次に、 また、 二点目は、
 * 〜につきましては、), and, failing those, after `MAX_BLOCK_SENTENCES` sentences. A また、 that adds
 * to the point before by pointing back at it (また、この計画は… / また、同事業では… / また、その際…)
 * does not turn: the notes of both sentences may go after the second.
 */
import { lineKind, maskText, segment } from './text';

/** A block of prose ends after at most this many sentences, when nothing else ends it sooner. */
export const MAX_BLOCK_SENTENCES = 2;

/** Where a block of notes ends; `midLine` when text goes on after it on the same line. */
export interface BlockEnd {
  at: number;
  midLine: boolean;
}

/** A sentence that turns to the next point of an answer or a plan (また、 第二に、 二点目として、 今後は、). */
const TURN =
  /^(?:次に|また|なお|一方で?|さらに|更に|最後に|まず|続いて|加えて|今後(?:は|とも)?|第[一二三四五六七八九十]に|[一二三四五六七八九十1-9１-９]点目(?:は|として|に|の)?)、/u;
/** A sentence that names its topic before its first 読点 (〜につきましては、 〜についてでございますが、). */
const TOPIC =
  /^[^、。]{2,40}?(?:につきましては|については|に関しましては|に関しては|についてでございますが)、/u;

/** Words that point back at the sentence before (この計画, その際, 同事業, これにより, 当該施設). */
const POINTS_BACK = /^(?:この|その|同|これ|それ|当該|上記|前述|あわせて|併せて)/u;
/**
 * True when a また、 sentence adds to the one before: it points back at it. (Naming a word of the
 * sentence before again was tried: in the tuning texts it mostly matched dates and 事業, and
 * 〜につきましては turns whatever it names.)
 */
function addsToLast(sentence: string): boolean {
  const rest = sentence.slice('また、'.length);
  return sentence.startsWith('また、') && POINTS_BACK.test(rest) && !TOPIC.test(rest);
}

/** True when `sentence` opens a new point of the text (not a また、 adding to the one before). */
export function turnsTopic(sentence: string): boolean {
  const s = sentence.trimStart();
  if (addsToLast(s)) return false;
  return TURN.test(s) || TOPIC.test(s);
}

const ENDS_SENTENCE = /[。．！？!?」』）)]$/u;
/** An item that ends a sentence: one ending in a bracket (…→8か所（令和11年度）) is a short item still. */
const ENDS_ITEM = /[。．！？!?]$/u;
/**
 * A lead-in to the items after it (次の3点を行う。 以下のとおり 対象は：), read in the line's last
 * sentence: 「年1回以下のデータも多く」 earlier in a paragraph leads in to nothing.
 */
const LEADS_IN =
  /[：:]$|(?:次|以下|下記)の(?:とおり|通り|[0-9０-９一二三四五六七八九十]+[点つ項件]|事項|項目|内容|ように)|のとおり/u;
/** 「（4）成果指標」: a parenthesised number opens a section of a plan, whatever list is before it. */
const SECTION_ITEM = /^\s*[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]/u;

/** The line's last sentence (the one that would lead in to what follows). */
const lastSentence = (line: string) => line.replace(/。$/u, '').split('。').at(-1) ?? '';

/** True when `next` opens a section (（4）…) after an item of another kind of list (④…, ・…). */
const opensSection = (line: string, next: string) => SECTION_ITEM.test(next) && !SECTION_ITEM.test(line);

/**
 * True when the line after `line` belongs with it, so no notes go between them: an author's ※ note
 * on it, a table or the items it leads in to, the next item of a list of short items, or the rest
 * of a sentence (a line that ends in 、, or does not end a sentence and is followed by hiragana).
 */
function goesOn(line: string, kind: string, next: string, nextKind: string): boolean {
  const last = line.trimEnd();
  if (/^\s*※/u.test(next) || nextKind === 'table') return true;
  if (nextKind === 'list' && kind === 'list') return !ENDS_ITEM.test(last) && !opensSection(line, next);
  if (nextKind === 'list') return !ENDS_SENTENCE.test(last) || LEADS_IN.test(lastSentence(last));
  if (kind === 'table') return false;
  return /、$/u.test(last) || (!ENDS_SENTENCE.test(last) && /^\p{sc=Hiragana}/u.test(next));
}

/**
 * The ends of the text's note blocks, in order. A line ends a block unless it is a heading (which
 * goes with its text) or the next line goes on from it (goesOn). Inside a line of prose, a block
 * ends before a sentence that turns topic, or after `maxSentences`.
 */
export function noteBlockEnds(text: string, maxSentences = MAX_BLOCK_SENTENCES): BlockEnd[] {
  const masked = maskText(text);
  const sentences = segment(text, masked).sentences;
  const lines = masked.split('\n');
  const ends: BlockEnd[] = [];
  let offset = 0;
  let counted = 0;
  let k = 0;
  for (const [i, line] of lines.entries()) {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    const kind = lineKind(line);
    if (kind === 'blank') continue;
    if (kind === 'para' || kind === 'quote')
      for (; k < sentences.length && sentences[k]!.start < end; k++) {
        const s = sentences[k]!;
        if (s.start < start) continue;
        const previous = sentences[k - 1];
        const sameLine = previous !== undefined && previous.end > start;
        if (sameLine && counted > 0 && (turnsTopic(s.text) || counted >= maxSentences)) {
          ends.push({ at: previous.end, midLine: true });
          counted = 0;
        }
        counted++;
      }
    else while (k < sentences.length && sentences[k]!.start < end) k++;
    const next = lines[i + 1];
    const nextKind = next === undefined ? 'blank' : lineKind(next);
    const closes =
      nextKind === 'blank' ||
      nextKind === 'heading' ||
      (kind !== 'heading' &&
        !(kind === 'table' && nextKind === 'table') &&
        !goesOn(line, kind, next!, nextKind));
    if (!closes) continue;
    // The text's last line ends where its text does (trailing spaces stay after the notes).
    ends.push({ at: i === lines.length - 1 ? text.trimEnd().length : end, midLine: false });
    counted = 0;
  }
  if (ends.at(-1)?.at !== text.trimEnd().length) ends.push({ at: text.trimEnd().length, midLine: false });
  return ends;
}

/** The block end at or after `at` (the text's end when none is). */
export function blockEndAt(ends: readonly BlockEnd[], at: number): BlockEnd {
  return ends.find((e) => e.at >= at) ?? ends.at(-1) ?? { at, midLine: false };
}
