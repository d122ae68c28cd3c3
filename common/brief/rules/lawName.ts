/**
 * Law names the glossary lacks, found by shape (港湾法, 民生委員法, 改正物流効率化法, 市空家等対策条例):
 * the corpus's writers are asked to label law names, and a company reader must be told what a law
 * governs. Only with morphemes: in IPADIC a law name ends in the suffix noun 法 after a noun
 * compound, while 方法, 手法, 憲法 or 違法 are one token each; without them 指導法 (a method) and
 * 港湾法 (a law) look alike.
 */
import type { MorphToken } from '../morph';
import type { TermHit } from '../types';

export interface LawName {
  start: number;
  end: number;
}

const KANJI_ONLY = /^[\p{sc=Han}々〆ヶ]+$/u;
/** Heads that end an ordinance's or a rule's name as a word of their own (条例 is one token). */
const ORDINANCE_HEAD = new Set(['条例', '規則', '政令', '省令']);
/**
 * A rule's or ordinance's name needs at least this many kanji before its head: 市条例, 関係条例,
 * 就業規則 are how one speaks of rules, 空家等対策条例 is a name.
 */
const MIN_ORDINANCE_STEM = 4;

function isNamePart(t: MorphToken): boolean {
  if (!KANJI_ONLY.test(t.surface)) return false;
  if (t.pos === '接頭詞') return true;
  // 今回, 現在 (副詞可能) say when, not which law.
  return t.pos === '名詞' && !['数', '非自立', '代名詞', '副詞可能'].includes(t.detail);
}

const isLawSuffix = (t: MorphToken) => t.surface === '法' && t.pos === '名詞' && t.detail === '接尾';

/**
 * Whether the nouns before 法 name a law's subject rather than a way of doing something: one サ変
 * noun before 法 is a method (指導法, 学習法, 調理法); a compound (騒音規制法) or a plain noun
 * (港湾法, 消防法) is a law.
 */
function namesLaw(stem: readonly MorphToken[]): boolean {
  const nouns = stem.filter((t) => t.pos === '名詞' && t.detail !== '接尾');
  if (nouns.length === 0) return false;
  return nouns.length >= 2 || nouns[0]!.detail !== 'サ変接続';
}

/**
 * The law's name in a run of name parts: up to its last law head, so 民生委員法改正 and
 * 騒音規制法施行令 give 民生委員法 and 騒音規制法.
 */
function lawIn(run: readonly MorphToken[]): LawName | null {
  for (let i = run.length - 1; i >= 1; i--) {
    const head = run[i]!;
    const stem = run.slice(0, i);
    const stemChars = stem.reduce((n, t) => n + t.surface.length, 0);
    const isLaw = isLawSuffix(head)
      ? namesLaw(stem)
      : ORDINANCE_HEAD.has(head.surface) && stemChars >= MIN_ORDINANCE_STEM;
    if (isLaw) return { start: run[0]!.start, end: head.end };
  }
  return null;
}

/**
 * Law names in the tokens the glossary does not already handle: an entry that covers the name, or a
 * law's head, knows the law (地方自治法; 改正戸籍法 is 戸籍法, which the readers leave; but 県屋外広告物条例
 * is the prefecture's own, unlike the generic 屋外広告物条例), and a marked
 * entry at its first use inside the name is marked and explained there by the jargon rule (民生委員
 * in 民生委員法; at a later use it is not, so the law name is). An everyday entry inside (港湾 in
 * 港湾法) does not say what the law governs.
 */
export function lawNames(tokens: readonly MorphToken[], terms: readonly TermHit[]): LawName[] {
  const firstUse = new Set<TermHit>();
  const met = new Set<string>();
  for (const t of [...terms].sort((a, b) => a.start - b.start)) {
    if (met.has(t.entry.term)) continue;
    met.add(t.entry.term);
    firstUse.add(t);
  }
  const handles = (t: TermHit, law: LawName) =>
    (t.start <= law.start && law.end <= t.end) ||
    (t.start < law.end && law.end <= t.end && t.entry.term.endsWith('法')) ||
    (!t.entry.everyday && firstUse.has(t) && t.start < law.end && law.start < t.end);
  const out: LawName[] = [];
  let run: MorphToken[] = [];
  const close = () => {
    const law = lawIn(run);
    if (law && !terms.some((t) => handles(t, law))) out.push(law);
    run = [];
  };
  for (const t of tokens) {
    const joins = run.length === 0 || run[run.length - 1]!.end === t.start;
    if (isNamePart(t) && joins) run.push(t);
    else {
      close();
      if (isNamePart(t)) run.push(t);
    }
  }
  close();
  return out;
}
