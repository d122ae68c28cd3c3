/**
 * The mixing probe: texts made of tuning sentences drawn six to a text (seeded, so every run
 * draws the same texts), each rewritten twice. Sentences from different texts disagree on
 * register (です・ます beside である) and sit beside notes and connectives they were not written
 * with, which finds second-rewrite changes the corpus texts alone do not. Only the tuning part is
 * drawn from: unseen texts are never looked into.
 *
 * `npx tsx scripts/brief-rewrite-mix.ts [--texts N] [--seed S] [--verbose]` prints how many of the
 * mixed texts a second rewrite still changes (and, with --verbose, each change).
 */
import { tuning } from '../common/brief/corpus/index';
import type { MorphAnalyser } from '../common/brief/morph';
import { rewriteForCompany } from '../common/brief/rewrite';
import { maskText, segment } from '../common/brief/text';

/** A linear congruential generator: the same seed draws the same texts on every machine. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Every prose sentence of the tuning texts (no headings, list items or tables). */
export function tuningSentences(): string[] {
  return tuning.flatMap((item) =>
    segment(item.text, maskText(item.text))
      .sentences.filter((s) => s.kind === 'para')
      .map((s) => s.text.trim())
      .filter((s) => /。$/u.test(s)),
  );
}

/** `count` texts of `perText` sentences each, drawn with `seed`. */
export function mixedTexts(count: number, seed: number, perText = 6): string[] {
  const pool = tuningSentences();
  const next = seeded(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: perText }, () => pool[Math.floor(next() * pool.length)]!).join(''),
  );
}

/** The changes a second rewrite still makes to each mixed text's rewrite (empty when it settles). */
export function secondRewriteChanges(texts: readonly string[], analyser: MorphAnalyser): string[][] {
  return texts.map((text) => {
    const once = rewriteForCompany(text, { analyser }).rewritten;
    return rewriteForCompany(once, { analyser }).changes.map((c) => `${c.rule}: ${c.before} → ${c.after}`);
  });
}

const isMain = process.argv[1]?.endsWith('brief-rewrite-mix.ts') ?? false;
if (isMain) {
  const { loadNodeAnalyser } = await import('./brief-analyser');
  const option = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? fallback : Number(process.argv[at + 1]);
  };
  const texts = mixedTexts(option('--texts', 200), option('--seed', 1));
  const changes = secondRewriteChanges(texts, await loadNodeAnalyser());
  if (process.argv.includes('--verbose'))
    changes.forEach((c, i) => {
      if (c.length > 0) process.stdout.write(`#${i} ${c.join(' | ')}\n`);
    });
  const unsettled = changes.filter((c) => c.length > 0).length;
  process.stdout.write(JSON.stringify({ mixed: texts.length, changedOnSecondRewrite: unsettled }) + '\n');
}
