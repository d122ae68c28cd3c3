/**
 * The seeded corpus of the search benches: Japanese council notes of 300–1,500 characters built
 * from the 445-entry 行政用語 glossary (term, plain wording, why it matters) and committee and
 * speaker names, so bigram frequencies look like real administrative prose. A fixed seed makes
 * every run search the same text. The synthetic worst case is random text over ~95 common
 * characters: every bigram is frequent, so every query has thousands of candidates.
 */
import { readFileSync } from 'node:fs';

interface GlossaryEntry {
  term: string;
  plain: string;
  why: string;
}

const glossary = JSON.parse(
  readFileSync(new URL('../../assets/glossary/gyosei.json', import.meta.url), 'utf8'),
) as GlossaryEntry[];

const SPEAKERS = [
  '市長',
  '副市長',
  '総務部長',
  '企画政策部長',
  '福祉部長',
  '教育長',
  '田中議員',
  '佐藤議員',
  '鈴木委員',
  '高橋委員長',
];
const COMMITTEES = ['総務委員会', '文教厚生委員会', '建設経済委員会', '予算特別委員会', '本会議'];
const PLACES = ['北地区', '中央地区', '南部', '山間部', '駅前', '臨海部'];

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function prose(count: number, seed = 12): string[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  // Zipf-like: low glossary indexes come up far more often, as a few terms dominate real notes.
  const term = () => glossary[Math.floor(glossary.length * r() * r())]!;
  const sentence = (): string => {
    const a = term();
    const b = term();
    switch (Math.floor(r() * 6)) {
      case 0:
        return `${pick(SPEAKERS)}：${a.term}について、${a.why}。`;
      case 1:
        return `${a.term}（${a.plain}）は${b.why}ため、${pick(PLACES)}では${b.term}を検討している。`;
      case 2:
        return `令和${1 + Math.floor(r() * 8)}年度の${a.term}は${Math.floor(r() * 9000) + 100}件で、前年度比${Math.floor(r() * 40) + 80}%となった。`;
      case 3:
        return `${pick(COMMITTEES)}において、${a.plain}ことの是非が問われ、${pick(SPEAKERS)}から${b.plain}との答弁があった。`;
      case 4:
        return `\n${pick(SPEAKERS)}\u3000${a.why}のではないか。`;
      default:
        return `${b.term}に関しては${a.why}。`;
    }
  };
  const notes: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 300 + Math.floor(r() * 1200);
    let text = '';
    while (text.length < length) text += sentence();
    notes.push(text.slice(0, length));
  }
  return notes;
}

/** Hiragana and a few dozen everyday kanji: ~95 characters, every pair common. */
const SMALL_SET = [
  ...'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞだでどばびぶべぼ市長議会委員予算計上実証事業地域住民福祉教育施設計画、。公園道路',
];

export function worstCase(count: number, seed = 34): string[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => {
    const length = 300 + Math.floor(r() * 1200);
    let text = '';
    for (let i = 0; i < length; i++) text += SMALL_SET[Math.floor(r() * SMALL_SET.length)];
    return text;
  });
}

/** `n` queries of `length` characters cut from random places of the corpus (so each exists). */
export function queriesFrom(texts: readonly string[], length: number, n: number, seed = 56): string[] {
  const r = rng(seed + length);
  const out: string[] = [];
  while (out.length < n) {
    const t = texts[Math.floor(r() * texts.length)]!;
    const at = Math.floor(r() * (t.length - length));
    const q = t.slice(at, at + length);
    if (q.trim().length === length) out.push(q);
  }
  return out;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
