/**
 * The passive fix leaves the object where it was and the doer's gap before the verb
 * (機能強化を【要記入：主語】が図る): correct Japanese, but a company reader fills a gap where a subject
 * goes, at the head of the clause (【要記入：主語】が機能強化を図る). The rule's own fix stays local (the
 * red pen shows it on the verb); the rewrite moves the gap in front of the object it hands over.
 */
import type { RewriteChange } from './rewriteOffsets';
import { SUBJECT_BLANK } from './rules/passiveActive';

const GAP = `を${SUBJECT_BLANK}が`;
const NOUN = /[\p{sc=Han}\p{sc=Katakana}ー々〆ヶ0-9０-９A-Za-zＡ-Ｚａ-ｚ・,，.．％%]/u;
/** Particles: a hiragana that is one ends a noun phrase; any other after a kanji is okurigana (見直し). */
const PARTICLE = /[はがをにでともへやかのて]/u;
/** What may stand before the object: a clause or line start, a topic, a place or a time (今後30年間で). */
const BOUNDARY = /[、。，．\n「『（(\s\u3000はもでにとへて]/u;

/** Where the noun phrase that ends at `end` starts (見直し, 地域包括支援センターの機能強化, 新制度への移行). */
function objectStart(s: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = s[i - 1]!;
    const prev = s[i - 2] ?? '';
    if (NOUN.test(c)) i--;
    else if (c === '）' || c === ')') {
      const open = s.lastIndexOf(c === '）' ? '（' : '(', i - 1);
      if (open === -1 || s.slice(open, i).includes('\n')) break;
      i = open;
    } else if (c === 'の' && (NOUN.test(prev) || prev === '）' || prev === ')')) i--;
    // AとB, AやB: one object of two nouns (扶助費の増加と市税収入の減少を見込む).
    else if ((c === 'と' || c === 'や') && NOUN.test(prev)) i--;
    // への, との, での, からの, までの after a noun: one phrase (新制度への移行).
    else if (c === 'の' && /(?:[へとで]|から|まで)$/u.test(s.slice(0, i - 1))) {
      const p = s.slice(0, i - 1).match(/(?:[へとで]|から|まで)$/u)![0];
      if (!NOUN.test(s[i - 2 - p.length] ?? '')) break;
      i -= 1 + p.length;
    } else if (/\p{sc=Hiragana}/u.test(c) && !PARTICLE.test(c) && /\p{sc=Han}/u.test(prev)) i--;
    else break;
  }
  return i;
}

/**
 * `changes` (sorted, offsets into `text`) with each gap moved before the object it follows. The
 * change grows over the unchanged text the object covers; an object that starts inside the change
 * before it (a term explained in place: 地域包括支援センター → 高齢者の総合相談窓口（…）) makes the two
 * one change, since neither reads right accepted without the other.
 */
export function subjectFirst(text: string, changes: RewriteChange[]): RewriteChange[] {
  const out: RewriteChange[] = [];
  for (const c of changes) {
    if (!c.after.includes(GAP)) {
      out.push(c);
      continue;
    }
    const prev = out.at(-1);
    const floor = out.at(-2)?.end ?? 0;
    const head = prev ? text.slice(floor, prev.start) : '';
    const prevAfter = prev?.after ?? '';
    // What the reader sees from the end of the change before `prev` to the end of `c`.
    let s = head + prevAfter + text.slice(prev?.end ?? 0, c.start) + c.after;
    const tail = s.length - c.after.length;
    let lowest = Infinity;
    for (let at = s.indexOf(GAP, tail); at !== -1; at = s.indexOf(GAP, at + GAP.length)) {
      const from = objectStart(s, at);
      const before = from > 0 ? s[from - 1]! : (prev ? floor : 0) === 0 ? '\n' : '';
      if (from === at || !BOUNDARY.test(before)) continue;
      // 採卵鶏約620万羽、豚約38万頭が飼養され: a bare noun before the 読点 is an item of the same list,
      // and the gap between the items (…620万羽、【要記入：主語】が豚…) would split it.
      if ((before === '、' || before === '，') && NOUN.test(s[from - 2] ?? '')) continue;
      s = `${s.slice(0, from)}${SUBJECT_BLANK}が${s.slice(from, at)}を${s.slice(at + GAP.length)}`;
      lowest = Math.min(lowest, from);
    }
    if (lowest === Infinity) out.push(c);
    else if (prev && lowest < head.length + prevAfter.length) {
      const from = Math.min(lowest, head.length);
      const start = floor + from;
      out[out.length - 1] = { ...c, start, before: text.slice(start, c.end), after: s.slice(from) };
    } else {
      const from = Math.min(lowest, tail);
      const start = c.start - (tail - from);
      out.push({ ...c, start, before: text.slice(start, c.end), after: s.slice(from) });
    }
  }
  return out.length === changes.length && out.every((c, i) => c === changes[i]) ? changes : out;
}
