/**
 * The two kuromoji modules the Worker builds its tokenizer from. kuromoji's own browser loader
 * fetches with XHR and gunzips unconditionally, which breaks when a server (vite preview) sends the
 * `.dat.gz` files with `Content-Encoding: gzip`; building from buffers we decode ourselves avoids it.
 */
declare module 'kuromoji/src/dict/DynamicDictionaries.js' {
  export default class DynamicDictionaries {
    loadTrie(base: Int32Array, check: Int32Array): DynamicDictionaries;
    loadTokenInfoDictionaries(
      tokenInfo: Uint8Array,
      pos: Uint8Array,
      targetMap: Uint8Array,
    ): DynamicDictionaries;
    loadConnectionCosts(cc: Int16Array): DynamicDictionaries;
    loadUnknownDictionaries(
      unk: Uint8Array,
      unkPos: Uint8Array,
      unkMap: Uint8Array,
      catMap: Uint8Array,
      compatCatMap: Uint32Array,
      invokeDef: Uint8Array,
    ): DynamicDictionaries;
  }
}

declare module 'kuromoji/src/Tokenizer.js' {
  import type DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
  import type { IpadicToken } from '../../../../../common/brief/morph';
  export default class Tokenizer {
    constructor(dictionaries: DynamicDictionaries);
    tokenize(text: string): IpadicToken[];
  }
}
