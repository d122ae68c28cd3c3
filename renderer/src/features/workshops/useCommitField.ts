import { useEffect, useRef, useState } from 'react';
import { unsavedEdits } from '../../data/unsavedEdits';

/**
 * A text field that edits locally and saves on blur (and on Enter for single-line inputs), so
 * typing writes one record change, not one per keystroke. A change arriving from elsewhere (sync,
 * another window) replaces the local text unless the field is being edited.
 *
 * While text is typed but not yet committed the field counts as unsaved in the page's registry:
 * a reload or a closed tab never fires blur, so the page's flush (hidden tab, close handshake)
 * commits it, and web mode warns before leaving.
 */
export function useCommitField(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  // Read by the registry and on unmount, outside React's render.
  const latest = useRef({ draft, value, commit });
  useEffect(() => {
    latest.current = { draft, value, commit };
  }, [draft, value, commit]);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const save = () => {
    const { draft: typed, value: stored, commit: write } = latest.current;
    editing.current = false;
    if (typed !== stored) {
      // What is written is now the stored value: a second flush before the record returns is a no-op.
      latest.current = { ...latest.current, value: typed };
      write(typed);
    }
  };
  useEffect(() => {
    const unregister = unsavedEdits.register({
      flush: async () => save(),
      hasUnsaved: () => editing.current && latest.current.draft !== latest.current.value,
    });
    return () => {
      unregister();
      // Unmounted by a route change that did not blur the field (a shortcut, the palette).
      if (editing.current) save();
    };
  }, []); // save reads everything through refs
  return {
    value: draft,
    onChange: (e: { target: { value: string } }) => {
      editing.current = true;
      latest.current = { ...latest.current, draft: e.target.value };
      setDraft(e.target.value);
    },
    onBlur: save,
    onKeyDown: (e: { key: string; currentTarget: { tagName: string } }) => {
      if (e.key === 'Enter' && e.currentTarget.tagName === 'INPUT') save();
    },
  };
}
