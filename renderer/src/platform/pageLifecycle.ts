/**
 * The browser's signals that a page may be about to go away. A hidden tab may be discarded or
 * killed without `unload` (mobile, tab freezing), so the flush starts on `visibilitychange` to
 * hidden and on `pagehide`; neither can wait for a promise, but IndexedDB commits the write the
 * page started as long as the process lives.
 */
import type { UnsavedEdits } from './platform';

export function flushWhenHidden(edits: UnsavedEdits): () => void {
  const onHide = () => void edits.flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onHide);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onHide);
  };
}

/**
 * Web mode: the browser's own "leave site?" prompt while something is unsaved, and none otherwise
 * (a page that always prompts trains people to click through it). The flush starts too, so a user
 * who stays finds everything saved.
 */
export function warnBeforeUnload(edits: UnsavedEdits): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!edits.hasUnsaved()) return;
    void edits.flush();
    event.preventDefault();
    // Older Chromium shows the prompt only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
