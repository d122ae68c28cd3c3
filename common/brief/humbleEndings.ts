/**
 * The humble endings of a council answer (謙譲語・丁重語) and their 丁寧語, as plain string rewrites:
 * politeEndings.ts makes them changes of the rewrite, ownNotes.ts knows a phrase's note quotes them so.
 */

/** [humble form, its 丁寧語]; the suffix group carries tense and negation over unchanged. */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  // 検討いたしております → 検討しております → 検討しています: いたし first, おり after.
  // Not after を: 思いをいたす, 力をいたす keep their own sense (direct one's thoughts to).
  [/(?<![を])(?:いたし|致し)(ます|ました|ません|まして|たい)/gu, 'し$1'],
  // 存じております (I know) → 知っています; ご存じ (you know) is no humble form.
  [/(?<!ご)存じておりま(す|した|せん)/gu, '知っていま$1'],
  [/させていただき(ます|ました|たい)/gu, 'し$1'],
  [/([てで])(?:おり|をり)(ます|ました|ません|まして)/gu, '$1い$2'],
  [/でございます/gu, 'です'],
  [/でございました/gu, 'でした'],
  [/てございま(す|した|せん)/gu, 'ていま$1'],
  // 予定はございません, 段階にございます: ある's polite-humble form. ありがとうございます stays.
  [/([にがはもの])ございま(す|した|せん)/gu, '$1ありま$2'],
  // 少なくございません → 少なくありません.
  [/くございま(す|した|せん)/gu, 'くありま$1'],
  // 〜していく (from now on) for ます and たい; 〜してきた (so far) for the past.
  [/([てで])まいり(ます|ません|たい|まして)/gu, '$1いき$2'],
  [/([てで])まいりました/gu, '$1きました'],
  // お答え申し上げます → お答えします; 一概には申し上げられません → 一概には言えません.
  [/(お[^\s、。「」]{1,6}?)申し上げ(ます|ました)/gu, '$1し$2'],
  [/申し上げられ(ません|ない)/gu, '言え$1'],
  [/申し上げ(ます|ました|たい)/gu, '述べ$1'],
  [/と申し(ます|ました)/gu, 'と言い$1'],
  [/たく存じ(ます|ました)/gu, 'たいと思い$1'],
  [/と存じ(ます|ました)/gu, 'と思い$1'],
];

/** `s` with every humble ending said plainly (a phrase a note quotes, a match in a text). */
export function politeForm(s: string): string {
  return ENDINGS.reduce((out, [re, to]) => out.replace(re, to), s);
}

/** The patterns of the humble endings, for finding them in a text. */
export const HUMBLE_ENDINGS: readonly RegExp[] = ENDINGS.map(([re]) => re);
