import {
  forwardRef,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  type TextareaHTMLAttributes,
} from 'react';
import type { Finding } from '../../../../common/brief';
import { highlightSegments } from './highlightSegments';

/** Beyond this many findings the backdrop stops drawing marks. */
const MAX_MARKS = 1500;
/**
 * Beyond this length the backdrop is not drawn at all: laying out a second copy of a huge
 * text on every keystroke costs seconds, and the findings list still shows every finding.
 */
export const MAX_INLINE_CHARS = 30_000;

export interface HighlightedTextareaHandle {
  /** Focus the textarea and select a range (used when a finding is picked from the list). */
  select(start: number, end: number): void;
}

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onValueChange: (value: string) => void;
  findings: readonly Finding[];
  activeIndex: number | null;
};

/**
 * A textarea with findings drawn inline: a backdrop with the same metrics renders the text
 * with <mark>s behind a transparent textarea, so editing stays native and fast.
 */
export const HighlightedTextarea = forwardRef<HighlightedTextareaHandle, Props>(function HighlightedTextarea(
  { value, onValueChange, findings, activeIndex, className, ...rest },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  // Uncontrolled, without even a defaultValue: React writes a textarea's defaultValue (its text
  // node) on every render, which on 150,000 characters rebuilt the text per keystroke (session 17).
  // The browser keeps what is typed; the first value and one from elsewhere (a fix, a colleague's
  // edit, a refused change) are put in here, before paint.
  const shown = useRef(value);
  useLayoutEffect(() => {
    shown.current = value;
    const el = area.current;
    if (el && el.value !== value) el.value = value;
  }, [value]);
  const inline = value.length <= MAX_INLINE_CHARS;
  const segments = useMemo(
    () =>
      !inline
        ? []
        : highlightSegments(
            value,
            findings
              .slice(0, MAX_MARKS)
              .map((f, index) => ({ start: f.start, end: f.end, rule: f.rule, index })),
          ),
    [value, findings, inline],
  );

  useImperativeHandle(ref, () => ({
    select(start, end) {
      const el = area.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(start, end);
      // Bring the selection into view: browsers scroll a textarea to the caret on focus only.
      const line = value.slice(0, start).split('\n').length;
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 24;
      el.scrollTop = Math.max(0, (line - 3) * lineHeight);
    },
  }));

  return (
    <div className={`highlighted ${className ?? ''}`}>
      {inline && (
        <div className="highlighted__backdrop input textarea" ref={backdrop} aria-hidden="true">
          {segments.map((s, i) =>
            s.spans.length ? (
              <mark
                key={i}
                className={`finding-mark ${s.spans.map((x) => `finding-mark--${x.rule}`).join(' ')}${
                  s.spans.some((x) => x.index === activeIndex) ? ' is-active' : ''
                }`}
              >
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
          {/* A trailing newline needs content to take up its line in the backdrop. */}
          {'\u200b'}
        </div>
      )}
      <textarea
        {...rest}
        ref={area}
        className="highlighted__input input textarea"
        spellCheck={false}
        onChange={(e) => {
          const el = e.currentTarget;
          onValueChange(el.value);
          // A change the owner refused (or cleaned) re-renders nothing: put its value back.
          queueMicrotask(() => {
            if (el.value !== shown.current) el.value = shown.current;
          });
        }}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
});
