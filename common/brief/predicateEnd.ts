/**
 * How a predicate that a joint (ため、 ことから、 ほか、 ものの、 …) hangs on ends a sentence of its
 * own, in the text's register: 補助する|ほか → 補助します。 (です・ます) or 補助する。 (である).
 * Only forms whose sentence ending is certain are handled; anything else gives null, so no cut.
 */
import { politeVerb, type MorphToken } from './morph';
import { teForm } from './sharedTense';

/** Replace text from `start` (an offset of the tokenised text) up to the joint with `text`. */
export interface PredicateEnd {
  start: number;
  text: string;
}

/** The です・ます form of a verb in dictionary form; ござる is irregular (ございます). */
function polite(verb: MorphToken): string | null {
  if (verb.base === 'ござる') return 'ございます';
  if (verb.conjugation.startsWith('カ変')) return verb.base === '来る' ? '来ます' : 'きます'; // されてきた

  return politeVerb(verb.base, verb.conjugation);
}

/** The である form of a verb before ます (あり|ます → ある); null where the plain form is not the base. */
function plainOfMasu(verb: MorphToken): string | null {
  if (verb.pos !== '動詞' || verb.base === 'ござる') return null;
  return verb.base === 'おる' ? 'いる' : verb.base;
}

/**
 * True when the 音便 form tokens[i] (取り組ん|だ, 行っ|た) names its verb for sure, so the ます form
 * can be built from the base: 行っ is 行う or 行く, and only after を (見直しを行った) is it surely 行う.
 */
function soundChangeIsSure(tokens: readonly MorphToken[], i: number): boolean {
  const verb = tokens[i]!;
  if (!verb.conjugation.startsWith('五段')) return false;
  return verb.surface !== '行っ' || (verb.base === '行う' && tokens[i - 1]?.surface === 'を');
}

/**
 * The ending of a verb in the form ます takes (注視し|つつ, 活用し|ながら) in the sentence's tense:
 * 注視します／注視する, or after a sentence that ends in the past 活用しました／活用した (a plain 五段
 * past needs its 音便, which the form does not show: null).
 */
export function continuativeEnd(verb: MorphToken, isPolite: boolean, past: boolean): PredicateEnd | null {
  const form = verb.pos === '動詞' ? polite(verb) : null;
  if (!form) return null;
  if (isPolite) return { start: verb.start, text: past ? `${form.slice(0, -1)}した` : form };
  if (!past) return { start: verb.start, text: verb.base };
  if (!verb.conjugation.startsWith('五段')) return { start: verb.start, text: `${verb.surface}た` };
  // 五段 past from the base (なる → なった, 取り組む → 取り組んだ): the form shown may be an 音便 already.
  const te = teForm(verb.base, verb.conjugation);
  return te ? { start: verb.start, text: te.replace(/て$/u, 'た').replace(/で$/u, 'だ') } : null;
}

/** The です・ます negative past of a verb before なかった (認められ → 認められませんでした), or null. */
function negativePast(verb: MorphToken | undefined): PredicateEnd | null {
  const form = verb?.pos === '動詞' ? polite(verb) : null;
  return verb && form && form.startsWith(verb.surface) && form.length === verb.surface.length + 2
    ? { start: verb.start, text: `${form.slice(0, -2)}ませんでした` }
    : null;
}

/**
 * The ending of the predicate made of tokens[..j) (tokens[j] is the joint), or null. In the
 * である register a predicate that already ends a sentence is left as it is (`start` is the
 * joint's), so the cut touches nothing another change may own.
 */
export function predicateEnd(
  tokens: readonly MorphToken[],
  j: number,
  isPolite: boolean,
): PredicateEnd | null {
  const p = tokens[j - 1];
  const pp = tokens[j - 2];
  const joint = tokens[j];
  if (!p || !joint) return null;
  const keep = { start: joint.start, text: '' };
  // 必要があります|ことから: already です・ます.
  if (p.pos === '助動詞' && p.surface === 'ます') {
    if (isPolite) return keep;
    const plain = pp ? plainOfMasu(pp) : null;
    return pp && plain ? { start: pp.start, text: plain } : null;
  }
  // 減少した|ものの → 減少しました; 増加しました|ものの stays; 行った|ほか → 行いました.
  if (p.pos === '助動詞' && (p.surface === 'た' || p.surface === 'だ') && pp) {
    if (!isPolite) return keep;
    if (pp.pos === '助動詞' && pp.surface === 'まし') return keep;
    // 認められなかった|ものの → 認められませんでした.
    if (pp.pos === '助動詞' && pp.base === 'ない') return negativePast(tokens[j - 3]);
    if (pp.pos !== '動詞') return null;
    const form = polite(pp);
    const regular = form && form.startsWith(pp.surface) && form.length === pp.surface.length + 2;
    return form && (regular || soundChangeIsSure(tokens, j - 2))
      ? { start: pp.start, text: `${form.slice(0, -1)}した` }
      : null;
  }
  // 進んでいない|ため → 進んでいません.
  if (p.pos === '助動詞' && p.surface === 'ない' && pp?.pos === '動詞') {
    if (!isPolite) return keep;
    const form = polite(pp);
    return form && form.startsWith(pp.surface) && form.length === pp.surface.length + 2
      ? { start: pp.start, text: `${form.slice(0, -1)}せん` }
      : null;
  }
  // 必要である|ことから → 必要です.
  if (p.pos === '助動詞' && p.base === 'ある' && pp?.pos === '助動詞' && pp.surface === 'で')
    return isPolite ? { start: pp.start, text: 'です' } : keep;
  // 困難な|ため → 困難です: a な adjective's stem with the copula.
  if (p.pos === '助動詞' && p.surface === 'な' && p.base === 'だ' && pp?.detail === '形容動詞語幹')
    return { start: p.start, text: isPolite ? 'です' : 'である' };
  // 多い|ことから → 多いです (a bare ない reads as ありません).
  if (p.pos === '形容詞' && p.surface === p.base) {
    if (!isPolite) return keep;
    return { start: p.start, text: p.base === 'ない' ? 'ありません' : `${p.base}です` };
  }
  if (p.pos === '動詞' && p.surface === p.base) {
    if (!isPolite) return keep;
    const form = polite(p);
    return form ? { start: p.start, text: form } : null;
  }
  return null;
}
