/**
 * The morphological analyser as the brief engine sees it: an injected interface, so common stays
 * pure (the IPADIC dictionary is loaded by the analysis Worker and by the Node scripts, never here).
 * Offsets are UTF-16 code units into the analysed text.
 */
import { ipadicInternals, latticeTokenizer } from './ipadicLattice';

/** One morpheme with the IPADIC features the rules read. */
export interface MorphToken {
  surface: string;
  start: number;
  end: number;
  /** 品詞 (名詞, 動詞, 助詞, 記号 …). */
  pos: string;
  /** 品詞細分類1 (サ変接続, 固有名詞, 数, 非自立, 接尾, 句点, 読点 …). */
  detail: string;
  /** 基本形 (見直さ → 見直す); the surface when the dictionary has none. */
  base: string;
  /** Reading in katakana, or '' for unknown words. */
  reading: string;
  /** 活用型 (一段, 五段・ラ行, サ変・スル …), or '' for words that do not inflect. */
  conjugation: string;
  /**
   * IPADIC word cost (rarer words cost more; unknown words get their character class's cost), when
   * the tokenizer exposes it (the lattice does; kuromoji's own tokenize does not).
   */
  cost?: number;
}

/** Anything that cuts text into morphemes (kuromoji in the Worker and in Node; a fake in tests). */
export interface MorphAnalyser {
  tokenize(text: string): MorphToken[];
}

/** The fields of a kuromoji (IPADIC) token this adapter reads; structural, so no import is needed. */
export interface IpadicToken {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  basic_form: string;
  reading?: string;
  conjugated_type?: string;
}

/** NUL, and a high surrogate without its low half or a low one without its high half. */
// eslint-disable-next-line no-control-regex
const UNTOKENISABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Wraps a kuromoji tokenizer: when its dictionaries are reachable, tokenises with the faster
 * lattice over them (same tokens, several times faster); otherwise through kuromoji itself.
 */
export function ipadicAnalyser(tokenizer: { tokenize(text: string): IpadicToken[] }): MorphAnalyser {
  const internals = ipadicInternals(tokenizer);
  return internals ? { tokenize: latticeTokenizer(internals) } : kuromojiAnalyser(tokenizer);
}

/**
 * Tokenises through kuromoji's own `tokenize`. kuromoji reports positions per sentence it splits internally,
 * so offsets are rebuilt by summing surface lengths; a token that does not sit where expected
 * (never seen, but cheap to guard) is searched for forward so offsets cannot drift.
 * kuromoji throws on NUL and on lone surrogates (a paste from a broken PDF has both), so they are
 * replaced one-for-one before tokenising: offsets stay the same and surfaces come from `text`.
 */
export function kuromojiAnalyser(tokenizer: { tokenize(text: string): IpadicToken[] }): MorphAnalyser {
  return {
    tokenize(text: string): MorphToken[] {
      const safe = text.replace(UNTOKENISABLE, '\uFFFD');
      const out: MorphToken[] = [];
      let at = 0;
      for (const t of tokenizer.tokenize(safe)) {
        let start = at;
        if (safe.startsWith(t.surface_form, at) === false) {
          const found = safe.indexOf(t.surface_form, at);
          if (found === -1) continue;
          start = found;
        }
        const end = start + t.surface_form.length;
        const surface = safe === text ? t.surface_form : text.slice(start, end);
        at = end;
        out.push({
          surface,
          start,
          end,
          pos: t.pos,
          detail: t.pos_detail_1,
          base: t.basic_form && t.basic_form !== '*' ? t.basic_form : surface,
          reading: t.reading && t.reading !== '*' ? t.reading : '',
          conjugation: t.conjugated_type && t.conjugated_type !== '*' ? t.conjugated_type : '',
        });
      }
      return out;
    },
  };
}

/** Katakana → hiragana (readings are compared with the glossary's hiragana readings). */
export function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

const U_TO_I: Record<string, string> = {
  う: 'い',
  く: 'き',
  ぐ: 'ぎ',
  す: 'し',
  つ: 'ち',
  ぬ: 'に',
  ぶ: 'び',
  む: 'み',
  る: 'り',
};

/** The です・ます form of a verb in its dictionary form (行う → 行います, 進める → 進めます); null if unsure. */
export function politeVerb(base: string, conjugation: string): string | null {
  if (conjugation.startsWith('サ変')) return base.endsWith('する') ? `${base.slice(0, -2)}します` : null;
  if (conjugation.startsWith('一段')) return base.endsWith('る') ? `${base.slice(0, -1)}ます` : null;
  if (conjugation.startsWith('五段')) {
    const i = U_TO_I[base.slice(-1)];
    return i ? `${base.slice(0, -1)}${i}ます` : null;
  }
  return null;
}

/**
 * Wraps an analyser with a per-sentence cache. Typing changes one sentence, so re-analysing a
 * 5,000-character text re-tokenises only that sentence. Sentences are independent for kuromoji
 * (it cuts its input at 。 and 、 itself), so the tokens are the same as for the whole text.
 */
export function cachedAnalyser(inner: MorphAnalyser, maxLines = 4000): MorphAnalyser {
  const cache = new Map<string, MorphToken[]>();
  const lineTokens = (line: string): MorphToken[] => {
    let tokens = cache.get(line);
    if (tokens) {
      cache.delete(line); // refresh its place in the LRU order
    } else {
      tokens = inner.tokenize(line);
      if (cache.size >= maxLines) cache.delete(cache.keys().next().value as string);
    }
    cache.set(line, tokens);
    return tokens;
  };
  return {
    tokenize(text: string): MorphToken[] {
      const out: MorphToken[] = [];
      let offset = 0;
      for (const line of text.split('\n')) {
        for (const piece of line.split(/(?<=。)/u)) {
          if (piece.trim() !== '')
            for (const t of lineTokens(piece))
              out.push({ ...t, start: t.start + offset, end: t.end + offset });
          offset += piece.length;
        }
        offset += 1; // the newline
      }
      return out;
    },
  };
}
