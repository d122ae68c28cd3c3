/**
 * Every editor's pending autosave, in one place, so the page can flush them all when it is about
 * to go away (the desktop close handshake, a hidden or closing tab) and tell whether anything
 * typed is not yet on disk (web mode's unload warning).
 */
import type { UnsavedEdits } from '../platform/platform';

/** One editor's pending saves: what `useAutosave` registers while it is mounted. */
export type PendingSaves = UnsavedEdits;

export interface UnsavedEditsRegistry extends UnsavedEdits {
  /** Adds a source; returns the function that removes it. */
  register(source: PendingSaves): () => void;
}

export function createUnsavedEditsRegistry(): UnsavedEditsRegistry {
  const sources = new Set<PendingSaves>();
  return {
    register(source) {
      sources.add(source);
      return () => void sources.delete(source);
    },
    async flush() {
      // One failing editor must not keep the others from saving.
      await Promise.allSettled([...sources].map((source) => source.flush()));
    },
    hasUnsaved: () => [...sources].some((source) => source.hasUnsaved()),
  };
}

/** The page's registry: one per renderer, like the page lifecycle it answers to. */
export const unsavedEdits = createUnsavedEditsRegistry();
