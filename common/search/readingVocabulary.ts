/**
 * Kanji words of the indexed text by their readings, so a query typed in kana and left unconverted
 * (さとう, ぎかい, ついき) also searches the kanji it reads as (佐藤, 議会, 追記). Only the distinct
 * kanji runs of the text are read, not every note: 20,000 seeded notes hold about 18,000 distinct
 * runs, read in a few seconds, where tokenising the notes themselves took minutes. A run is read
 * alone (out of its sentence), which is right for the nouns and names a search is typed for.
 */

/** What reads a run: kuromoji's tokens with their katakana reading ('' when unknown). */
export interface RunReader {
  tokenize(text: string): readonly { surface: string; reading: string }[];
}

/** Kana a reading can be: hiragana, katakana, the long-vowel mark and spaces. */
export const KANA_QUERY = /^[\u3041-\u3096\u30a1-\u30f6ー\s]+$/u;

const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]+/gu;
const HAS_KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/u;
/** More kanji spellings of one reading than this are not useful in one search. */
const MAX_SURFACES = 8;

const hiragana = (s: string) =>
  s.replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

export class ReadingVocabulary {
  private readonly seen = new Set<string>();
  private pending: string[] = [];
  private readonly byReading = new Map<string, Set<string>>();

  /** Notes the kanji runs of `text` not seen before, to be read by `read`. */
  addText(text: string): void {
    for (const [run] of text.matchAll(RUN)) {
      if (this.seen.has(run)) continue;
      this.seen.add(run);
      this.pending.push(run);
    }
  }

  get unread(): number {
    return this.pending.length;
  }

  get readings(): number {
    return this.byReading.size;
  }

  /** Reads up to `max` waiting runs (a step the caller can yield between); returns how many wait. */
  read(reader: RunReader, max = 500): number {
    for (const run of this.pending.splice(0, max)) {
      const tokens = reader.tokenize(run);
      // The whole run (市議会 → しぎかい) when every part has a reading, and each kanji word in it.
      if (tokens.length > 1 && tokens.every((t) => t.reading)) {
        this.add(tokens.map((t) => t.reading).join(''), run);
      }
      for (const t of tokens) if (t.reading && HAS_KANJI.test(t.surface)) this.add(t.reading, t.surface);
    }
    return this.pending.length;
  }

  /** The kanji spellings the kana query reads as, shortest first ([] when it is not kana). */
  surfacesFor(query: string): string[] {
    if (!KANA_QUERY.test(query)) return [];
    const reading = hiragana(query.replace(/\s+/gu, ''));
    const surfaces = this.byReading.get(reading);
    if (!surfaces) return [];
    return [...surfaces].sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, MAX_SURFACES);
  }

  private add(reading: string, surface: string): void {
    const key = hiragana(reading);
    let surfaces = this.byReading.get(key);
    if (!surfaces) this.byReading.set(key, (surfaces = new Set()));
    surfaces.add(surface);
  }
}
