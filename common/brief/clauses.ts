/**
 * Clause boundaries a long sentence can be cut at, found from morphemes: a 読点 after a verb in
 * its continuative form (構築し、 行い、 進め、), after であり／ており, after the conjunctive
 * particles が and ので, and after a verb followed by ため、 とともに、 or 中、. Each boundary carries the text that ends the first sentence there, in
 * the text's register (です・ます or である).
 */
import { politeVerb, type MorphToken } from './morph';

export interface ClauseCut {
  /** Range replaced: the verb ending and the 読点. */
  start: number;
  end: number;
  replacement: string;
}

/** Verb endings for the continuative forms that end a sentence. */
function endVerb(verb: MorphToken, polite: boolean): string | null {
  if (verb.pos !== '動詞') return null;
  if (verb.base === 'おる' || verb.base === 'いる') return polite ? 'います。' : 'いる。';
  if (verb.surface === verb.base) return null; // not a continuative form (…する、 is rare and odd)
  return polite ? `${verb.surface}ます。` : `${verb.base}。`;
}

/** A verb in dictionary form ending the first sentence, in the text's register. */
function finalVerb(verb: MorphToken, polite: boolean): string | null {
  if (verb.pos !== '動詞' || verb.surface !== verb.base) return null;
  return polite ? politeVerb(verb.base, verb.conjugation) : verb.base;
}

/**
 * A cut after a verb in dictionary form and before `joint` (ため、 とともに、 中、). In the plain
 * register the verb already ends the sentence, so only the joint is replaced and the verb is left
 * untouched (it may belong to another change, such as a passive made active).
 */
function cutAfterVerb(verb: MorphToken, joint: MorphToken, comma: MorphToken, polite: boolean, next: string) {
  const ending = finalVerb(verb, polite);
  if (!ending) return null;
  return polite
    ? { start: verb.start, end: comma.end, replacement: `${ending}。${next}` }
    : { start: joint.start, end: comma.end, replacement: `。${next}` };
}

/** Every place in tokens[from, to) where a sentence could end; offsets into the tokenised text. */
export function clauseCuts(
  tokens: readonly MorphToken[],
  from: number,
  to: number,
  polite: boolean,
): ClauseCut[] {
  const out: ClauseCut[] = [];
  for (let k = from + 1; k < to - 1; k++) {
    const comma = tokens[k]!;
    if (comma.surface !== '、' && comma.surface !== '，') continue;
    const p = tokens[k - 1]!;
    const pp = tokens[k - 2];
    if (p.pos === '助詞' && p.detail === '接続助詞' && p.surface === 'が')
      out.push({ start: p.start, end: comma.end, replacement: '。しかし、' });
    else if (p.pos === '助詞' && p.detail === '接続助詞' && p.surface === 'ので')
      out.push({ start: p.start, end: comma.end, replacement: '。そのため、' });
    else if (p.base === 'ある' && pp?.surface === 'で' && pp.pos === '助動詞')
      out.push({ start: pp.start, end: comma.end, replacement: polite ? 'です。' : 'である。' });
    else if (p.surface === 'ため' && pp) {
      // 〜するため、 → 〜する。そのため、 (cause or purpose: そのため reads right for both here)
      const cut = cutAfterVerb(pp, p, comma, polite, 'そのため、');
      if (cut) out.push(cut);
    } else if (p.surface === 'とともに' && pp) {
      // 図るとともに、 → 図る。また、 (IPADIC reads とともに as one particle)
      const cut = cutAfterVerb(pp, p, comma, polite, 'また、');
      if (cut) out.push(cut);
    } else if (p.surface === '中' && p.detail === '非自立' && pp) {
      // 減少を見込む中、 → 減少を見込む。その中で、
      const cut = cutAfterVerb(pp, p, comma, polite, 'その中で、');
      if (cut) out.push(cut);
    } else if (p.surface === 'に' && pp?.surface === 'とも' && tokens[k - 3]?.surface === 'と') {
      const v = tokens[k - 4];
      const verb = v ? finalVerb(v, polite) : null;
      if (v && verb) out.push({ start: v.start, end: comma.end, replacement: `${verb}。また、` });
    } else if (
      p.pos === '助詞' &&
      p.detail === '接続助詞' &&
      (p.surface === 'て' || p.surface === 'で') &&
      pp
    ) {
      // 努めて、 → 努めます。そして、 — only where the continuative form is certain (not 音便).
      const base = pp.pos === '動詞' ? pp.base : '';
      const stemmed = base.endsWith('る') && pp.conjugation.startsWith('一段') ? base.slice(0, -1) : null;
      if (stemmed !== null && pp.surface === stemmed)
        out.push({
          start: pp.start,
          end: comma.end,
          replacement: polite ? `${stemmed}ます。そして、` : `${base}。そして、`,
        });
    } else {
      const ending = endVerb(p, polite);
      if (ending) out.push({ start: p.start, end: comma.end, replacement: ending });
    }
  }
  return out;
}
