/**
 * A term's explanation as a sentence of its own (「評価検証とは、結果を評価して確かめることです。」):
 * the rewrite writes it after a long sentence or under a table, and the jargon rule's fix writes it
 * under a table too, so both read alike. Here, not in rewriteNotes.ts, because the rule cannot import
 * the rewrite (which runs the rules) without a cycle.
 */
import type { GlossaryEntry } from '../types';
import { endsAsNoun } from './jargonSlot';

/** Council-answer phrases that mean "no commitment yet" (鋭意検討, 注視 …). */
export const REGISTER_CATEGORY = '議会答弁の言い回し';

/** The plain wording without parenthetical notes; empty when the entry only says what to write. */
export function plainCore(entry: GlossaryEntry): string {
  return entry.plain.replace(/（[^）]*）/g, '').trim();
}

/** A case particle that opens a wording (に資する, を考えて, の例による, と同じ扱いにする). */
export const LEADING_PARTICLE = /^(?:に|を|が|と|で|の|へ|から|より)/u;
/**
 * A term that opens with a particle before a kanji or 在る・於く (に資する, に鑑み, にあっては), not a
 * word that opens with the same kana (にぎわい創出, がけ条例, できるところから).
 */
export const PARTICLE_LED = /^(?:に|を|が|と|で|の|へ|から|より)(?=\p{sc=Han}|あ|お)/u;
/**
 * A wording that ends in a particle or a joining form (選択肢の一つとして, 様子を見ながら, 話し合って
 * から): said as it is before という意味 it runs on (…としてという意味), so it is quoted.
 */
const OPEN_ENDED = /(?:として|ながら|ずに|ように|から|まで|より|[にでへをがてはと])$/u;
/** A term that ends in a particle (如何によっては, 前広に); not a noun in て (市長申立て) or と (こと). */
const TERM_OPEN_ENDED = /(?:として|ながら|つつ|ずに|ように|[はにで]|[^こ]と)$/u;

/** The wording quoted when it runs on (「選択肢の一つとして」), its notes in （） after the quote. */
function said(wording: string): string {
  const [, words = wording, aside = ''] = /^(.*?)((?:（[^）]*）)*)$/u.exec(wording) ?? [];
  return OPEN_ENDED.test(words) ? `「${words}」${aside}` : wording;
}

/**
 * 「評価検証とは、結果を評価して確かめることです。」: a term's explanation as a sentence of its own.
 * A term that opens with a particle is quoted with 〜 where its noun goes, and so is its wording
 * (「〜に資する」とは、「〜に役立つ」という意味です。): 「に資するとは、に役立つ」 reads as if the
 * particle were the word. ownNotes.ts and the jargon rule's noteAt know each form.
 */
export function explanationSentence(entry: GlossaryEntry, polite: boolean): string {
  const ending = polite ? 'です' : 'である';
  const core = plainCore(entry);
  // A phrase (前向きに検討してまいります) is quoted; its note (約束ではない) is what a company needs.
  const wording = entry.category === REGISTER_CATEGORY ? entry.plain : core;
  if (PARTICLE_LED.test(entry.term) && LEADING_PARTICLE.test(wording)) {
    const aside = wording.slice(core.length);
    return `「〜${entry.term}」とは、「〜${core}」${aside}という意味${ending}。`;
  }
  // 「如何によっては」とは: a term that itself ends in a particle is quoted too (…てはとは runs on).
  const term =
    entry.category === REGISTER_CATEGORY || TERM_OPEN_ENDED.test(entry.term)
      ? `「${entry.term}」`
      : entry.term;
  if (entry.category === REGISTER_CATEGORY) return `${term}とは、${said(wording)}という意味${ending}。`;
  // 「別に定めるとは、別の決まりで定めるのこと」 is not Japanese: a verb wording says what it means.
  const noun = /(?:こと|もの|人|方|者)$/u.test(core)
    ? core
    : endsAsNoun(core)
      ? `${core}のこと`
      : `${said(core)}という意味`;
  return `${term}とは、${noun}${ending}。`;
}
