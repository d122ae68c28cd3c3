/**
 * Two clauses a long municipal sentence hangs on, said as a sentence of their own the way a
 * company reader would split them:
 * - a condition: 「Xを続けた場合、Y」 → 「Xを続けたとします。その場合、Y」;
 * - a survey the sentence reports from: 「令和5年度に実施した意識調査では、Y」 →
 *   「令和5年度に意識調査を実施しました。その結果、Y」 (the survey is done, Y is what it found).
 */
import type { ClauseCut } from './clauses';
import type { MorphToken } from './morph';

/**
 * True when tokens[i] ends a predicate in the past (続けた, 導入しなかった): 「…続けたとする。」 supposes,
 * while 「…更新するとする。」 or 「…ないとする。」 reads as a rule the text lays down.
 */
function pastPredicate(t: MorphToken | undefined): boolean {
  return t?.pos === '助動詞' && t.surface === 'た';
}

/**
 * 「…場合、」「…場合は、」「…場合には、」 after a past predicate, with no topic (は) before it in the
 * sentence (「本市は、…する場合、」 would leave 本市は to the condition alone): the condition is
 * supposed in a sentence of its own, and the rest opens with その場合.
 */
export function conditionCut(
  tokens: readonly MorphToken[],
  k: number,
  from: number,
  polite: boolean,
): ClauseCut | null {
  let i = k - 1;
  while (
    i > from &&
    (tokens[i]!.surface === 'は' || tokens[i]!.surface === 'に') &&
    tokens[i]!.pos === '助詞'
  )
    i--;
  const ba = tokens[i];
  if (ba?.surface !== '場合' || ba.pos !== '名詞' || k - i > 3 || !pastPredicate(tokens[i - 1])) return null;
  // 「…試算では、…更新するとします。」 would suppose under a frame: only a sentence that opens with
  // the condition (after a connective at most) is cut.
  for (let j = i - 1; j >= from; j--)
    if (tokens[j]!.surface === 'は' && tokens[j]!.pos === '助詞') return null;
  const rest = tokens
    .slice(i, k + 1)
    .map((t) => t.surface)
    .join('');
  return {
    start: ba.start,
    end: tokens[k]!.end,
    replacement: `と${polite ? 'します' : 'する'}。その${rest}`,
  };
}

/** What a sentence reports findings from: a survey, an analysis, an estimate. */
const SURVEYS = /(?:調査|分析|試算|推計|アンケート|実験|点検|診断)$/u;

/**
 * 「令和5年度に実施した市民意識調査では、」 (or 〜で、, 行った): the survey said as done, then its
 * findings: 「令和5年度に市民意識調査を実施した。その結果、」. The survey's name is the nouns (and の)
 * between the verb and では; anything else there (a 読点, another verb) and there is no cut.
 */
export function surveyCut(
  tokens: readonly MorphToken[],
  k: number,
  from: number,
  polite: boolean,
): ClauseCut | null {
  let i = k - 1;
  if (tokens[i]?.surface === 'は' && tokens[i]?.pos === '助詞') i--;
  if (tokens[i]?.surface !== 'で' || tokens[i]?.pos !== '助詞') return null;
  const nounEnd = i;
  let j = i - 1;
  while (
    j > from &&
    (tokens[j]!.pos === '名詞' || tokens[j]!.pos === '接頭詞' || tokens[j]!.detail === '連体化')
  )
    j--;
  const name = tokens.slice(j + 1, nounEnd);
  const last = name.at(-1);
  if (!last || last.pos !== '名詞' || name[0]!.pos === '助詞') return null;
  if (!SURVEYS.test(name.map((t) => t.surface).join(''))) return null;
  // 実施|し|た or 行っ|た, right before the survey's name.
  const [ta, verb, noun] = [tokens[j], tokens[j - 1], tokens[j - 2]];
  if (ta?.surface !== 'た' || ta.pos !== '助動詞' || !verb) return null;
  let done: string;
  let start: number;
  if (verb.base === 'する' && verb.surface === 'し' && noun?.base === '実施' && j - 2 >= from) {
    done = polite ? '実施しました' : '実施した';
    start = noun.start;
  } else if (verb.surface === '行っ') {
    done = polite ? '行いました' : '行った';
    start = verb.start;
  } else return null;
  const survey = name.map((t) => t.surface).join('');
  return { start, end: tokens[k]!.end, replacement: `${survey}を${done}。その結果、` };
}
