/**
 * Loads kuromoji's IPADIC dictionary in Node for the headless tools (brief:check, brief:eval,
 * benches). Loaded once per process, lazily: a caller that never asks pays nothing.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import { ipadicAnalyser, type MorphAnalyser } from '../common/brief/morph';

let loading: Promise<MorphAnalyser> | null = null;

/** The dictionary folder inside the installed kuromoji package. */
export function kuromojiDictPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** The shared analyser; the first call loads the dictionary (about 0.6–2 s). */
export function loadNodeAnalyser(): Promise<MorphAnalyser> {
  loading ??= new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath: kuromojiDictPath() }).build((error, tokenizer) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(ipadicAnalyser(tokenizer));
    });
  });
  return loading;
}
