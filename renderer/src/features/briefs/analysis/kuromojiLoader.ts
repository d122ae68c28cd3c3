/**
 * Loads the IPADIC dictionary inside the analysis Worker and builds a kuromoji tokenizer from it.
 * The twelve `.dat.gz` files are bundled as assets. Servers differ in how they send them: as plain
 * gzip bytes (Electron's app protocol, most static hosts) or with `Content-Encoding: gzip` (vite
 * preview), in which case the browser has already inflated them. So the gzip magic number decides
 * whether to inflate — with the platform's DecompressionStream, no extra library.
 */
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import Tokenizer from 'kuromoji/src/Tokenizer.js';
import baseUrl from 'kuromoji/dict/base.dat.gz?url';
import ccUrl from 'kuromoji/dict/cc.dat.gz?url';
import checkUrl from 'kuromoji/dict/check.dat.gz?url';
import tidUrl from 'kuromoji/dict/tid.dat.gz?url';
import tidMapUrl from 'kuromoji/dict/tid_map.dat.gz?url';
import tidPosUrl from 'kuromoji/dict/tid_pos.dat.gz?url';
import unkUrl from 'kuromoji/dict/unk.dat.gz?url';
import unkCharUrl from 'kuromoji/dict/unk_char.dat.gz?url';
import unkCompatUrl from 'kuromoji/dict/unk_compat.dat.gz?url';
import unkInvokeUrl from 'kuromoji/dict/unk_invoke.dat.gz?url';
import unkMapUrl from 'kuromoji/dict/unk_map.dat.gz?url';
import unkPosUrl from 'kuromoji/dict/unk_pos.dat.gz?url';
import { ipadicAnalyser, type MorphAnalyser } from '../../../../../common/brief/morph';

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Fetches one dictionary file and returns its inflated bytes, whatever the server did. */
export async function fetchDictionaryFile(url: string, fetcher: typeof fetch = fetch): Promise<ArrayBuffer> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`辞書ファイルを読み込めません (${response.status}): ${url}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isGzip(bytes)) return bytes.buffer;
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(inflated).arrayBuffer();
}

/** Loads all twelve files in parallel and builds the analyser (about 1 s, ~100 MB in the Worker). */
export async function loadBrowserAnalyser(fetcher: typeof fetch = fetch): Promise<MorphAnalyser> {
  const urls = [
    baseUrl,
    checkUrl,
    tidUrl,
    tidPosUrl,
    tidMapUrl,
    ccUrl,
    unkUrl,
    unkPosUrl,
    unkMapUrl,
    unkCharUrl,
    unkCompatUrl,
    unkInvokeUrl,
  ];
  const [base, check, tid, tidPos, tidMap, cc, unk, unkPos, unkMap, unkChar, unkCompat, unkInvoke] =
    await Promise.all(urls.map((url) => fetchDictionaryFile(new URL(url, self.location.href).href, fetcher)));
  // Each step is synchronous and can take a while on a busy machine: yielding between them lets
  // the worker answer analysis requests (by characters) while the dictionary is being built.
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(base!), new Int32Array(check!));
  await yieldToMessages();
  dic.loadTokenInfoDictionaries(new Uint8Array(tid!), new Uint8Array(tidPos!), new Uint8Array(tidMap!));
  await yieldToMessages();
  dic.loadConnectionCosts(new Int16Array(cc!));
  await yieldToMessages();
  dic.loadUnknownDictionaries(
    new Uint8Array(unk!),
    new Uint8Array(unkPos!),
    new Uint8Array(unkMap!),
    new Uint8Array(unkChar!),
    new Uint32Array(unkCompat!),
    new Uint8Array(unkInvoke!),
  );
  return ipadicAnalyser(new Tokenizer(dic));
}
