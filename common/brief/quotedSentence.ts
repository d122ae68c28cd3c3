/**
 * A sentence the brief quotes outside the bullets, read apart from the text around it. Two things a
 * company reader trips on there: a sentence the rewrite cut from a longer one has lost the topic its
 * first half carried (「一元的に把握できていない状況でございます。」 without 空き家の情報は), and a
 * council answer's endings (ております, ところでございます) sit beside the plain です・ます of the
 * sentences around it. Only a cut sentence gets a topic, and only endings are touched.
 */

/** The topic a sentence opens with: 空き家の情報は、 / 空き家の情報につきましては、 → 空き家の情報. */
const TOPIC = /^([^、。「」（）\n]{2,24}?)(?:につきましては|については|に関しましては|に関しては|は)、/u;
/** A connective the quote drops or that points back: its sentence speaks of what came before. */
const CONNECTIVE =
  /^(?:しかし|そのため|このため|また|一方|なお|さらに|あわせて|その結果|そこで|したがって|これにより)/u;

/**
 * `line` with the topic of the sentence before it in `source` when the rewrite cut it from that one
 * (the original text `raw` has its first words right after a 読点) and it names no subject itself.
 */
export function withCarriedTopic(line: string, source: string, raw: string): string {
  const head = line.trim();
  if (head.length < 6 || /[はが]/u.test(head) || CONNECTIVE.test(head)) return line;
  const at = source.indexOf(head);
  if (at <= 0 || !raw.includes(`、${head.slice(0, 8)}`) || source.includes(`、${head.slice(0, 8)}`))
    return line;
  const before = source.slice(source.lastIndexOf('\n', at - 1) + 1, at);
  if (!before.endsWith('。')) return line;
  const previous = before.slice(before.lastIndexOf('。', before.length - 2) + 1);
  const topic = TOPIC.exec(previous)?.[1];
  return topic ? `${topic}は、${head}` : line;
}

/** Council endings made plain です・ます, each anchored before a sentence's 。. */
const ENDINGS: readonly [RegExp, string][] = [
  [/いたしております(?=。)/gu, 'しています'],
  [/([てで])おります(?=。)/gu, '$1います'],
  [/おります(?=。)/gu, 'います'],
  [/ているところでございます(?=。)/gu, 'ています'],
  [/られるところでございます(?=。)/gu, 'られます'],
  [/するところでございます(?=。)/gu, 'します'],
  [/ところでございます(?=。)/gu, 'ところです'],
  [/でございます(?=。)/gu, 'です'],
  [/ございます(?=。)/gu, 'あります'],
  [/いたします(?=。)/gu, 'します'],
];

/** `line` with a council answer's endings said in the plain です・ます of a brief. */
export function politeEndings(line: string): string {
  let out = line;
  for (const [ending, plain] of ENDINGS) out = out.replace(ending, plain);
  return out;
}
