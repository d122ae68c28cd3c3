/**
 * Tags are typed inline, where the hands already are: `#実証実験` or `＃予算` anywhere in an
 * entry. A Markdown heading needs a space after `#`, so `# 見出し` is never a tag.
 */

// Not after an ASCII word character, `/` or `&` (a#b, URL fragments, &#123;); Japanese has no spaces,
// so after any other character a `#` starts a tag.
const TAG = /(?<![\w/&#＃])[#＃]([^\s#＃/()（）「」『』【】、。，．,.!?！？:：;；]+)/gu;

/** The entry's tags in the order they first appear, each once, without the `#`. */
export function extractTags(body: string): string[] {
  const tags: string[] = [];
  for (const match of body.matchAll(TAG)) {
    const tag = match[1]!.normalize('NFKC');
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
