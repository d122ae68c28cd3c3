/**
 * The search worker's reading vocabulary (common/search/readingVocabulary): built on the first
 * query typed in kana, not at start — the dictionary (kuromoji's IPADIC, as the brief assistant
 * loads it) costs about 2 s and 200–330 MB, which a user who types kanji never pays. Built in small
 * steps so searches are answered between them; the first kana query is answered at once without
 * readings, and again (through `onGrown`) when they are read. Grown by the new runs after the
 * index moved on.
 */
import { ReadingVocabulary, type RunReader } from '../../../../../common/search/readingVocabulary';
import type { SearchService } from './searchService';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Documents scanned, and runs read, between two yields (each step a few milliseconds). */
const TEXTS_PER_STEP = 200;
const RUNS_PER_STEP = 200;

export function workerReadings(service: SearchService, onGrown: () => void) {
  // Grows only: a run seen once is read once (one edited away finds nothing, which is harmless).
  const vocabulary = new ReadingVocabulary();
  let reader: Promise<RunReader | null> | null = null;
  let readAt = -1;
  let building = false;
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
        .catch(() => undefined) // no dictionary (offline assets missing): kana finds kana only
        .finally(() => {
          building = false;
        });
    },
  };
  async function build(): Promise<void> {
    reader ??= import('../../briefs/analysis/kuromojiLoader').then((m) => m.loadBrowserAnalyser());
    const read = await reader;
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
