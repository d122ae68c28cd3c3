import { useEffect, useRef, useState } from 'react';

/**
 * A text field that edits locally and saves on blur (and on Enter for single-line inputs), so
 * typing writes one record change, not one per keystroke. A change arriving from elsewhere (sync,
 * another window) replaces the local text unless the field is being edited.
 */
export function useCommitField(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const save = () => {
    editing.current = false;
    if (draft !== value) commit(draft);
  };
  return {
    value: draft,
    onChange: (e: { target: { value: string } }) => {
      editing.current = true;
      setDraft(e.target.value);
    },
    onBlur: save,
    onKeyDown: (e: { key: string; currentTarget: { tagName: string } }) => {
      if (e.key === 'Enter' && e.currentTarget.tagName === 'INPUT') save();
    },
  };
}
