import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { scrollToRow, windowRange } from '../../../ui/windowRange';
import type { Idea, Tally } from './ideaActions';
import { IdeaCard, type CardActions } from './IdeaCard';

/** Card and gap heights in rem: fixed, so a 2,000-note column can be windowed by arithmetic. */
const CARD_REM = 9.5;
const GAP_REM = 0.375;
/** Rows mounted beyond each edge of the visible part (Tab and arrows always find a neighbour). */
const OVERSCAN = 4;

function remPx(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

/**
 * One group of sticky notes as a windowed column: only the notes in view (plus a few) are in the
 * DOM, which keeps a 2,000-note board fast to open. Every note stays reachable: ↑/↓/Home/End move
 * between notes (scrolling the column), Tab walks the mounted ones as the column follows focus,
 * and each note says its position and the group's size (aria-posinset / aria-setsize).
 */
export function IdeaColumn(props: {
  name: string;
  ideas: readonly Idea[];
  tally: Tally;
  canVote: boolean;
  actions: CardActions;
}) {
  const { t } = useTranslation();
  const { ideas } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [px] = useState(remPx);
  const cardHeight = CARD_REM * px;
  const rowHeight = (CARD_REM + GAP_REM) * px;
  // Until the column is measured, assume a tall one (it is at most 70 % of the window high).
  const [scroll, setScroll] = useState(() => ({ top: 0, height: window.innerHeight }));
  const [focused, setFocused] = useState<number | null>(null);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setScroll((s) => (s.height === element.clientHeight ? s : { ...s, height: element.clientHeight })),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const range = windowRange({
    count: ideas.length,
    rowHeight,
    scrollTop: scroll.top,
    viewportHeight: scroll.height,
    overscan: OVERSCAN,
    keep: focused,
  });

  const onFocus = useCallback((index: number) => setFocused(index), []);
  const onKeyDown = useCallback(
    (index: number, e: KeyboardEvent) => {
      const element = viewport.current;
      const last = ideas.length - 1;
      const target =
        e.key === 'ArrowDown'
          ? index + 1
          : e.key === 'ArrowUp'
            ? index - 1
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? last
                : null;
      if (target === null || !element || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      const next = Math.max(0, Math.min(last, target));
      const top = scrollToRow(next, rowHeight, element.scrollTop, element.clientHeight);
      element.scrollTop = top;
      // Mount the target now, then move focus to it within this key press.
      flushSync(() => {
        setScroll({ top, height: element.clientHeight });
        setFocused(next);
      });
      element.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
    },
    [ideas.length, rowHeight],
  );

  const rows = [...(range.extra !== null ? [range.extra] : [])];
  for (let i = range.start; i < range.end; i++) rows.push(i);
  const tabbable = focused !== null && focused < ideas.length ? focused : 0;

  return (
    <div
      ref={viewport}
      className="idea-group__viewport"
      onScroll={(e) => {
        const element = e.currentTarget;
        setScroll({ top: element.scrollTop, height: element.clientHeight });
      }}
    >
      <ul
        className="idea-group__list"
        aria-label={t('workshops.capture.groupNotes', { group: props.name, count: ideas.length })}
        style={{ height: ideas.length * rowHeight }}
      >
        {rows.map((i) => {
          const idea = ideas[i];
          if (!idea) return null;
          return (
            <IdeaCard
              key={idea.id}
              actions={props.actions}
              idea={idea}
              dots={props.tally.total.get(idea.id) ?? 0}
              mine={props.tally.mine.get(idea.id) ?? 0}
              canVote={props.canVote}
              index={i}
              setSize={ideas.length}
              top={i * rowHeight}
              height={cardHeight}
              tabbable={i === tabbable}
              onFocus={onFocus}
              onKeyDown={onKeyDown}
            />
          );
        })}
      </ul>
    </div>
  );
}
