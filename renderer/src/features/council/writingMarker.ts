/**
 * Which note this tab's composer was typing, per session (sessionStorage: it outlives a reload of
 * the tab and nothing else). A reloaded page reopens that note in its editor, so the user goes on
 * writing where they were instead of finding it recorded and the note box empty.
 */
const key = (sessionId: string) => `kyoso-council-writing:${sessionId}`;

export function rememberWriting(sessionId: string, noteId: string | null): void {
  try {
    if (noteId) sessionStorage.setItem(key(sessionId), noteId);
    else sessionStorage.removeItem(key(sessionId));
  } catch {
    // Storage refused (private mode, quota): the note is saved anyway, only not reopened.
  }
}

/** The note a reloaded page of this tab was typing (cleared when the composer moves on or the page is left). */
export function writingLeft(sessionId: string): string | null {
  try {
    return sessionStorage.getItem(key(sessionId));
  } catch {
    return null;
  }
}
