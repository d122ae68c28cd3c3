/**
 * The command palette (Ctrl/Cmd+K from every screen): one box that runs commands and jumps to
 * records. Commands come from the app shell (they belong to other features); records from the
 * search worker. A combobox with a listbox, so screen readers announce the active option.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeQuery } from '../../../../common/search/normalize';
import { navigate } from '../../navigation/router';
import { useSearch } from './engine/useSearch';
import { resultHref } from './resultHref';
import { Snippet } from './Snippet';
import { useNoteTitles } from './useNoteTitles';

export interface PaletteCommand {
  id: string;
  label: string;
  run: () => void | Promise<void>;
}

const RECORD_LIMIT = 8;

/** True for the palette shortcut, never while an IME is composing. */
export const isPaletteShortcut = (e: globalThis.KeyboardEvent) =>
  !e.isComposing && (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';

export function CommandPalette({ commands }: { commands: readonly PaletteCommand[] }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isPaletteShortcut(e)) return;
      e.preventDefault();
      setOpen((o) => !o);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? <PaletteDialog commands={commands} onClose={() => setOpen(false)} /> : null;
}

type Option = { id: string; label: string; run: () => void | Promise<void>; group: 'commands' | 'records' };

function PaletteDialog({ commands, onClose }: { commands: readonly PaletteCommand[]; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const records = useSearch(query, { limit: RECORD_LIMIT });
  const noteTitles = useNoteTitles(records.results);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    input.current?.focus();
    return () => before?.focus?.();
  }, []);

  const q = normalizeQuery(query);
  const options: Option[] = [
    ...commands
      .filter((c) => !q || normalizeQuery(c.label).includes(q))
      .map((c) => ({ ...c, id: `cmd-${c.id}`, group: 'commands' as const })),
    ...records.results.map((r) => ({
      id: `rec-${r.key}`,
      // A note's first line is its snippet: its label is where it was taken, so it is read once.
      label: r.kind === 'notes' ? (noteTitles.get(r.key) ?? '') : r.title,
      run: () => navigate(resultHref(r)),
      group: 'records' as const,
    })),
  ];
  const current = Math.min(active, options.length - 1);
  // Only a pointer that moves picks an option: the browser also reports a pointer resting where
  // the list appears or grows (mouseenter, mousemove), which took Enter away from the first result.
  const lastPointer = useRef<{ x: number; y: number } | null>(null);
  const pointerMoved = (e: { screenX: number; screenY: number }) => {
    const last = lastPointer.current;
    lastPointer.current = { x: e.screenX, y: e.screenY };
    return last !== null && (last.x !== e.screenX || last.y !== e.screenY);
  };
  const optionId = (o: Option) => `${id}-${o.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

  const runOption = async (o: Option | undefined) => {
    if (!o) return;
    onClose();
    await o.run();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % Math.max(1, options.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void runOption(options[current]);
    } else if (e.key === 'Tab') {
      e.preventDefault(); // the box is the dialog's only stop: focus stays inside
    }
  };

  const renderGroup = (group: Option['group'], label: string) => {
    const items = options.filter((o) => o.group === group);
    if (items.length === 0) return null;
    return (
      <div role="group" aria-label={label} className="palette__group">
        <div className="palette__group-label" aria-hidden="true">
          {label}
        </div>
        {items.map((o) => {
          const index = options.indexOf(o);
          const record = records.results.find((r) => `rec-${r.key}` === o.id);
          return (
            <div
              key={o.id}
              id={optionId(o)}
              role="option"
              aria-selected={index === current}
              className="palette__option"
              onMouseMove={(e) => pointerMoved(e) && setActive(index)}
              onClick={() => void runOption(o)}
            >
              {record && <span className="palette__kind">{t(`search.kinds.${record.kind}`)}</span>}
              <span className="palette__label">{o.label || '—'}</span>
              {record && <Snippet parts={record.snippet} />}
            </div>
          );
        })}
      </div>
    );
  };

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-label={t('search.palette.title')} className="palette">
        <input
          ref={input}
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={options[current] ? optionId(options[current]) : undefined}
          aria-label={t('search.palette.inputLabel')}
          aria-describedby={`${id}-hint`}
          className="input palette__input"
          placeholder={t('search.palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-hint`} className="muted palette__hint">
          {t('search.palette.hint')}
        </p>
        <div
          id={`${id}-list`}
          role="listbox"
          aria-label={t('search.palette.title')}
          className="palette__list"
        >
          {renderGroup('commands', t('search.palette.commands'))}
          {renderGroup('records', t('search.palette.records'))}
        </div>
        {options.length === 0 && <p className="muted">{t('search.palette.empty')}</p>}
      </div>
    </div>
  );
}
