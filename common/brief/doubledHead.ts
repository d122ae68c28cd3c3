/**
 * A plain wording that ends in a noun the text right after the term says again, in those words or
 * in others (入札に参加できない者の決まり（…）の規定, 高齢者を支える仕組み（…）の制度): the reader
 * reads the head twice. The wording gives up its head (〜の決まり) and the text's own word stays:
 * 入札に参加できない者（地方自治法施行令第167条の4）の規定.
 */

/** Head nouns that say the same thing; a head and the text's word in one group are one word twice. */
const SAME_HEAD: readonly (readonly string[])[] = [
  ['決まり', '規定', '規則', '規程', '定め', 'ルール', '条例', '要綱', '基準'],
  ['仕組み', '制度', 'システム', '枠組み'],
  ['計画', 'プラン', '方針', '考え方'],
  ['費用', '経費', 'お金', '資金', '財源', '予算'],
  ['集まり', '会議', '協議会', '会'],
  ['場所', '施設', '拠点'],
  ['手続き', '手続', '申請'],
  ['取組', '取り組み', '事業', '活動'],
  ['区域', '地域', 'エリア'],
  ['人', '者', '人たち'],
];

/** The group `head` is in, or the head alone. */
const groupOf = (head: string) => SAME_HEAD.find((g) => g.includes(head)) ?? [head];

/**
 * `plain` without its head when `following` (the text right after the term) opens with の and a
 * word of the head's group; null when nothing doubles. Only 「〜の＋head」 gives its head up: a
 * compound (参加条件) has no part left that reads alone.
 */
export function withoutDoubledHead(plain: string, following: string): string | null {
  const m = plain.match(/^(.+)の([^の（）]{1,5})$/u);
  if (!m) return null;
  const [, rest, head] = m;
  const next = following.match(/^の?([^\s、。（）「」]{1,6})/u)?.[1] ?? '';
  // A one-kanji word is the word only where no kanji runs on (会 is not 会計, 人 not 人口).
  const says = (w: string) => next.startsWith(w) && (w.length > 1 || !/\p{sc=Han}/u.test(next[1] ?? ''));
  return groupOf(head!).some(says) ? rest! : null;
}

/**
 * A term's in-place fix (plain（term）, or term（plain）) with the plain's head dropped when the
 * text after `end` repeats it; the fix unchanged otherwise.
 */
export function fixWithoutDoubledHead(
  replacement: string,
  term: string,
  plain: string,
  following: string,
): string {
  const short = withoutDoubledHead(plain, following);
  if (short === null) return replacement;
  if (replacement === `${plain}（${term}）`) return `${short}（${term}）`;
  if (replacement === `${term}（${plain}）`) return `${term}（${short}）`;
  return replacement;
}
