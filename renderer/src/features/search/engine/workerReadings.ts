/**
 * The search worker's reading vocabulary (common/search/readingVocabulary): built on the first
 * query typed in kana, not at start — the dictionary (kuromoji's IPADIC, as the brief assistant
 * loads it) costs about 2 s and 200–330 MB, which a user who types kanji never pays. Built in small
 * steps so searches are answered between them; the first kana query is answered at once without
 * readings, and again (through `onGrown`) when they are read. Grown by the new runs after the
 * index moved on.
 *
 * The same dictionary reads the other way, only when the index holds a speaker typed in kana
 * (さとう): a kanji query (佐藤) is then also searched as the kana it reads as. And it reads the
 * speaker names the note screen asks about (its picker matches kana by reading).
 */
import { isKana, readingOfName } from '../../../../../common/council/speakerReading';
import { kanaSpellingsOf, type WordReader } from '../../../../../common/search/kanaSpellings';
import { ReadingVocabulary, type RunReader } from '../../../../../common/search/readingVocabulary';
import type { SearchService } from './searchService';

type Reader = RunReader & WordReader;
/** A speaker's name is short: a longer kana field is a note, not a name. */
const MAX_NAME = 20;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Documents scanned, and runs read, between two yields (each step a few milliseconds). */
const TEXTS_PER_STEP = 200;
const RUNS_PER_STEP = 200;

export function workerReadings(service: SearchService, onGrown: () => void) {
  // Grows only: a run seen once is read once (one edited away finds nothing, which is harmless).
  const vocabulary = new ReadingVocabulary();
  let reader: Promise<Reader | null> | null = null;
  let loaded: Reader | null = null;
  let readAt = -1;
  let building = false;
  let kanaNamesAt = -1;
  let checking = false;
  const load = (): Promise<Reader | null> =>
    (reader ??= import('../../briefs/analysis/kuromojiLoader')
      .then((m) => m.loadBrowserAnalyser())
      .then((r) => {
        loaded = r;
        // Queries asked while it loaded (a kanji one, a name's reading) are asked again.
        state.version++;
        onGrown();
        return r;
      })
      .catch(() => null)); // no dictionary (offline assets missing): kana finds kana only
  /** Whether some document starts with a short kana field (a note's speaker typed in kana). */
  const hasKanaNames = (): boolean => {
    for (const text of service.texts()) {
      const cut = text.indexOf('\u0000');
      const first = cut < 0 ? text : text.slice(0, cut);
      if (first.length <= MAX_NAME && isKana(first)) return true;
    }
    return false;
  };
  /**
   * Loads the dictionary once a speaker typed in kana is in the index, looked for once per index
   * position and only with every stored part in memory (a part still loading would hide one).
   */
  const checkKanaNames = async (): Promise<void> => {
    if (checking || kanaNamesAt === service.position) return;
    checking = true;
    try {
      await service.loaded();
      kanaNamesAt = service.position;
      if (hasKanaNames()) await load(); // asks the page's queries again when loaded
    } finally {
      checking = false;
    }
  };
  const state = {
    version: 0,
    get vocabulary() {
      return vocabulary;
    },
    /** Reads the text's kanji by their readings, unless it is read up to the index's position. */
    want(): void {
      if (building || readAt === service.position) return;
      building = true;
      void build()
        .catch(() => undefined)
        .finally(() => {
          building = false;
        });
    },
    /**
     * The kana spellings a kanji query is also searched as ([] until the dictionary is loaded; it
     * is loaded only when a speaker typed in kana exists, and the query is asked again then).
     */
    kanaSpellings(query: string): string[] {
      if (loaded) return kanaSpellingsOf(query, loaded);
      if (!reader) void checkKanaNames();
      return [];
    },
    /**
     * Each name's reading in hiragana ('' when a part of it has none); none at all without the
     * dictionary, so the page does not keep a failed load's blanks as readings.
     */
    async readNames(names: readonly string[]): Promise<Record<string, string>> {
      const r = await load();
      const out: Record<string, string> = {};
      if (r) for (const name of names) out[name] = readingOfName(name, r);
      return out;
    },
  };
  async function build(): Promise<void> {
    const read = await load();
    if (!read) return;
    await service.loaded();
    const at = service.position;
    let n = 0;
    for (const text of service.texts()) {
      vocabulary.addText(text);
      if (++n % TEXTS_PER_STEP === 0) await tick();
    }
    while (vocabulary.read(read, RUNS_PER_STEP) > 0) await tick();
    readAt = at;
    state.version++;
    onGrown();
  }
  return state;
}
