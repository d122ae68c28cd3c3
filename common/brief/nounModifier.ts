/**
 * A continuative 読点 inside a clause that modifies a noun: 「人が孤立し、再び罪を犯す事例が見られる」
 * joins 孤立し and 犯す under 事例, so a cut there (「人が孤立する。再び罪を犯す事例が見られる。」)
 * states as a fact what the text only names as a kind of case, and leaves the second half without
 * its subject. The same holds before 又は／若しくは (「購入し、又は修理する際に」: one clause, two verbs).
 */
import type { MorphToken } from './morph';

/** Conjunctions that join two verbs of one clause: the 読点 before them is no sentence end. */
const VERB_JOINERS = new Set(['又は', 'または', '若しくは', 'もしくは', 'あるいは', '及び', '並びに']);

/** Nouns after a verb that make no head: a joint (ため、 ほか、 滞った結果、) or a manner (〜できるよう促す). */
const NO_HEAD = new Set([
  'よう',
  'ため',
  'ほか',
  '一方',
  '中',
  'ところ',
  'うえ',
  '上',
  '以来',
  '以降',
  '結果',
]);

/**
 * The subject a head noun is for the verb after it (事例が見られる): the clause before the 読点 has a
 * subject with が too (人が孤立し、), and one verb takes no two, so that one is inside the modifier.
 * An object (…を踏まえた公開を進める) or a topic (割合は) more often opens a clause of its own.
 */
const ARGUMENT = new Set(['が']);

/**
 * True when the clause before tokens[k] has a topic (平均日数は…となっており、): a topic never stands
 * inside a modifier, so that clause is the sentence's own. Its subject with が (人が…孤立し、) may be.
 */
function hasTopic(tokens: readonly MorphToken[], k: number): boolean {
  for (let m = k - 1; m >= 0; m--) {
    const t = tokens[m]!;
    if (t.surface === '。') return false;
    if (t.pos === '助詞' && t.detail === '係助詞' && (t.surface === 'は' || t.surface === 'も')) return true;
    if (t.pos === '助詞' && t.detail === '格助詞' && t.surface === 'が') return false;
  }
  return false;
}

/**
 * True when the clause before the 読点 tokens[k] opens right after 「…例や、」: it is the next member
 * of a list of nouns (遅れる例や、申請が集中し、半年を要する例もある), so its verbs modify that
 * member's noun and a cut would state as a fact what the text names as a kind of case.
 */
function inListMember(tokens: readonly MorphToken[], k: number): boolean {
  for (let m = k - 1; m > 0; m--) {
    const t = tokens[m]!;
    if (t.surface === '。') return false;
    if (t.surface !== '、' && t.surface !== '，') continue;
    const p = tokens[m - 1]!;
    const listed =
      p.pos === '助詞' && p.detail === '並立助詞' && p.surface === 'や' && tokens[m - 2]?.pos === '名詞';
    // …拡大や、…負担軽減を進め、…図る: the list is the verb's object, and no member follows.
    return listed && modifiesNext(tokens, k);
  }
  return false;
}

/** True when the clause after the 読点 tokens[k] holds a verb that modifies a noun (…を要する例も). */
function modifiesNext(tokens: readonly MorphToken[], k: number): boolean {
  for (let m = k + 2; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (['、', '，', '。'].includes(t.surface)) return false;
    const p = tokens[m - 1]!;
    if (
      t.pos === '名詞' &&
      !NO_HEAD.has(t.surface) &&
      p.surface === p.base &&
      (p.pos === '動詞' || p.pos === '形容詞')
    )
      return true;
  }
  return false;
}

/**
 * True when the 読点 tokens[k] follows a bare continuative (抽出し、 活用して、 予約でき、): 〜ており、
 * and 〜であり、 state what is, and open a clause of the sentence's own, never a modifier's.
 */
function continues(tokens: readonly MorphToken[], k: number): boolean {
  const p = tokens[k - 1]!;
  const verb = p.pos === '動詞' && p.surface !== p.base;
  const te = p.pos === '助詞' && p.detail === '接続助詞' && (p.surface === 'て' || p.surface === 'で');
  if (!verb && !te) return false;
  return !(['おる', 'いる', 'ある'].includes(p.base) && ['て', 'で'].includes(tokens[k - 2]?.surface ?? ''));
}

/** True when a topic (〜は、 〜では) stands before tokens[k] in its sentence. */
function topicBefore(tokens: readonly MorphToken[], k: number): boolean {
  for (let m = k - 1; m >= 0 && tokens[m]!.surface !== '。'; m--)
    if (
      tokens[m]!.pos === '助詞' &&
      tokens[m]!.detail === '係助詞' &&
      ['は', 'も'].includes(tokens[m]!.surface)
    )
      return true;
  return false;
}

/**
 * True when the clause after the 読点 tokens[k] is a noun phrase, not a clause: a predicate, then
 * its head noun, then 「や、」 「について、」 or the end of a list line (…を抽出し、候補を示す仕組み
 * (2) …; 予約でき、…連絡が届く仕組みや、). The verb before the 読点 modifies the same head, so a cut
 * would state what the text asks for or names as done ("抽出する。").
 */
export function headsNounPhrase(tokens: readonly MorphToken[], k: number): boolean {
  if (!continues(tokens, k)) return false;
  let b = k + 1;
  while (
    b < tokens.length &&
    !['、', '，', '。'].includes(tokens[b]!.surface) &&
    tokens[b]!.detail !== '空白'
  )
    b++;
  const boundary = tokens[b];
  // 効率化し、あわせて…活用して、…分析できる仕組みについて: a chain of verbs ends in the same head.
  const last = tokens[b - 1];
  const chained =
    (last?.pos === '動詞' && last.surface !== last.base) ||
    (last?.pos === '助詞' && last.detail === '接続助詞' && (last.surface === 'て' || last.surface === 'で'));
  if (boundary?.surface === '、' && chained && continues(tokens, b)) return headsNounPhrase(tokens, b);
  let h = b - 1;
  if (boundary?.surface === '、' || boundary?.surface === '，') {
    const p = tokens[h];
    // 〜について、 names what the sentence is about; 〜や、 a list, which after a topic (区域では、
    // 並びが不規則となり、…例や、) is more often what the sentence's own clause leads to.
    const about = p?.pos === '助詞' && p.surface === 'について';
    const listed = p?.pos === '助詞' && p.surface === 'や' && !topicBefore(tokens, k);
    if (!about && !listed) return false;
    h--;
  } else if (boundary?.surface === '。') return false;
  let n = h;
  while (n > k && tokens[n]!.pos === '名詞' && !NO_HEAD.has(tokens[n]!.surface)) n--;
  const predicate = tokens[n];
  if (n === h || n <= k || !predicate) return false;
  return (
    (predicate.pos === '動詞' || predicate.pos === '助動詞' || predicate.pos === '形容詞') &&
    predicate.surface === predicate.base
  );
}

/** A verb or adjective and what follows it in one predicate (犯して|しまう, 難しく|ない, 行っ|た). */
const inPredicate = (t: MorphToken) =>
  t.pos === '動詞' ||
  t.pos === '形容詞' ||
  t.pos === '助動詞' ||
  (t.pos === '助詞' && t.detail === '接続助詞' && (t.surface === 'て' || t.surface === 'で'));

/**
 * True when the 読点 tokens[k] joins its clause to a predicate that modifies a noun before the next
 * 読点 or 句点, and that noun is an argument of a later verb (…犯してしまう事例が, …伝える仕組み、).
 * A noun the sentence ends on (…を行う予定である, …する方針です) is a statement, not a modifier.
 */
export function joinsInsideModifier(tokens: readonly MorphToken[], k: number): boolean {
  if (VERB_JOINERS.has(tokens[k + 1]?.surface ?? '')) return true;
  if (continues(tokens, k) && (inListMember(tokens, k) || headsNounPhrase(tokens, k))) return true;
  // 管理でき、…使える仕組みの提案: what something can do, said of the noun the next clause heads.
  if (tokens[k - 1]?.surface === 'でき' && modifiesNext(tokens, k)) return true;
  if (hasTopic(tokens, k)) return false;
  let verb = false;
  for (let m = k + 1; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.surface === '、' || t.surface === '，' || t.surface === '。') return false;
    // A topic after the 読点 (2巡目の点検では、…) opens a clause of its own.
    if (t.pos === '助詞' && t.detail === '係助詞' && t.surface === 'は') return false;
    if (inPredicate(t)) {
      verb ||= t.pos === '動詞' || t.pos === '形容詞';
      continue;
    }
    const last = tokens[m - 1]!;
    const ended = verb && inPredicate(last) && last.surface === last.base && last.pos !== '助詞';
    verb = false;
    if (!ended || t.pos !== '名詞' || NO_HEAD.has(t.surface)) continue;
    // こととする, ことになる, ことから: the sentence's own frame, not a head noun.
    if (t.surface === 'こと' && /^(?:と|に|から)$/u.test(tokens[m + 1]?.surface ?? '')) return false;
    // The noun right after the verb heads it; one after の (含む職員の負担が) may head a phrase of its own.
    let n = m + 1;
    while (tokens[n]?.pos === '名詞') n++;
    const after = tokens[n];
    if (!after) return false;
    if (after.surface === '、' || after.surface === '，') return true;
    return after.pos === '助詞' && after.detail !== '接続助詞' && ARGUMENT.has(after.surface);
  }
  return false;
}
