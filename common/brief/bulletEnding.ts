/**
 * A pain point quoted from a council answer ends as the answer spoke: 「…撤退する事業者も見受けられる
 * ところでございます」. A bullet of the company brief is a plain statement (体言止め or the plain form,
 * like the template's own bullets), so the answer's hedges and honorific endings come off it: what
 * is left states the pain. Only endings are touched; the words before them are the author's.
 */

/** Endings rewritten in order; each pattern is anchored at the bullet's end. */
const ENDINGS: readonly [RegExp, string][] = [
  // 「ところでございます」「ところであります」: "it is the case that" — says nothing more.
  [/ところで(?:ございます|あります)$/u, ''],
  // 「…と考えております」「…と認識しているところ」: the office's view, stated as the fact it is about.
  [/と(?:考え|認識し|理解し|承知し)て(?:おります|おる|いる|います)$/u, ''],
  // 「撤退する事業者も見受けられる」: there are such companies.
  [/([もが])見受けられ(?:る|ます)$/u, '$1ある'],
  [/いたしております$/u, 'している'],
  [/(?:て|で)おります$/u, 'ている'],
  [/おります$/u, 'いる'],
  [/いたします$/u, 'する'],
  [/でございます$/u, 'である'],
  [/ございます$/u, 'ある'],
];

/** `bullet` (no 。) with a council answer's hedges and honorific endings made plain. */
export function plainBullet(bullet: string): string {
  let out = bullet.trim();
  for (const [ending, plain] of ENDINGS) out = out.replace(ending, plain);
  return out;
}
