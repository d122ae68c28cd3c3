/**
 * Japanese letters (and 。、) left once quoted Japanese (「…」) is taken out: an English message
 * quotes the text's words and the advised wording, but is itself written in English.
 */
export function unquotedJapanese(text: string): string {
  return text.replace(/「[^」]*」/gu, '').replace(/[^\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}。、]/gu, '');
}
