/**
 * Every editor's pending autosave, in one place, so the page can flush them all when it is about
 * to go away (the desktop close handshake, a hidden or closing tab) and tell whether anything
 * typed is not yet on disk (web mode's unload warning).
 */
import type { UnsavedEdits } from '../platform/platform';

/** One editor's pending saves: what `useAutosave` registers while it is mounted. */
export type PendingSaves = UnsavedEdits;

/** Follows a record write already under way (see Repository). */
export interface WriteTracker {
  track<T>(write: Promise<T>): Promise<T>;
}

export interface UnsavedEditsRegistry extends UnsavedEdits, WriteTracker {
  /** Adds a source; returns the function that removes it. */
  register(source: PendingSaves): () => void;
}

export function createUnsavedEditsRegistry(): UnsavedEditsRegistry {
  const sources = new Set<PendingSaves>();
  // An update reads the record, then writes it, in one transaction: a window closed between the
  // two would drop the write, so the close handshake waits for writes under way too (a click on
  // 次へ or 投票 just before closing). They are not "unsaved": web mode does not prompt for them.
  const writes = new Set<Promise<unknown>>();
  return {
    register(source) {
      sources.add(source);
      return () => void sources.delete(source);
    },
    track(write) {
      writes.add(write);
      const forget = () => void writes.delete(write);
      write.then(forget, forget);
      return write;
    },
    async flush() {
      // One failing editor must not keep the others from saving.
      await Promise.allSettled([...sources].map((source) => source.flush()));
      await Promise.allSettled([...writes]);
    },
    hasUnsaved: () => [...sources].some((source) => source.hasUnsaved()),
  };
}

/** The page's registry: one per renderer, like the page lifecycle it answers to. */
export const unsavedEdits = createUnsavedEditsRegistry();
