import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { RewriteChange } from '../../../../common/brief/rewrite';

interface Piece {
  text: string;
  mark: 'same' | 'removed' | 'added' | 'rejected';
  /** The change this piece shows (index into the changes), if any. */
  change?: number;
}

/** The original with each change's span marked (removed when accepted, kept when rejected). */
function originalPieces(
  source: string,
  changes: readonly RewriteChange[],
  accepted: readonly boolean[],
): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  changes.forEach((c, i) => {
    out.push({ text: source.slice(at, c.start), mark: 'same' });
    out.push({ text: c.before, mark: accepted[i] ? 'removed' : 'rejected', change: i });
    at = c.end;
  });
  out.push({ text: source.slice(at), mark: 'same' });
  return out;
}

/** The rewrite with accepted changes marked as insertions. */
function rewrittenPieces(
  source: string,
  changes: readonly RewriteChange[],
  accepted: readonly boolean[],
): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  changes.forEach((c, i) => {
    out.push({ text: source.slice(at, c.start), mark: 'same' });
    out.push(accepted[i] ? { text: c.after, mark: 'added', change: i } : { text: c.before, mark: 'same' });
    at = c.end;
  });
  out.push({ text: source.slice(at), mark: 'same' });
  return out;
}

function Pieces({ pieces, current }: { pieces: Piece[]; current: number | null }) {
  return (
    <>
      {pieces.map((p, i) => {
        const props = {
          'data-change': p.change,
          className: p.change !== undefined && p.change === current ? 'is-current' : undefined,
        };
        return p.mark === 'removed' ? (
          <del key={i} {...props}>
            {p.text}
          </del>
        ) : p.mark === 'added' ? (
          <ins key={i} {...props}>
            {p.text}
          </ins>
        ) : p.mark === 'rejected' ? (
          <mark key={i} {...props} className={`rewrite__rejected ${props.className ?? ''}`.trim()}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        );
      })}
    </>
  );
}

/**
 * Scrolls `pane` (not the page: the list the user is in stays put) so the current change shows.
 * Offsets are relative to the pane, which is positioned for that.
 */
function useScrollToCurrent(pane: RefObject<HTMLDivElement | null>, current: number | null) {
  useEffect(() => {
    const box = pane.current;
    const piece = current === null ? null : box?.querySelector<HTMLElement>(`[data-change="${current}"]`);
    if (!box || !piece) return;
    const top = piece.offsetTop;
    if (top < box.scrollTop || top + piece.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3) });
    }
  }, [pane, current]);
}

/**
 * Original and rewrite side by side; `rewritten` is the accepted result (for screen readers and
 * tests). `current` (the change the user is on in the list) is highlighted and scrolled into view
 * in both panes, which grow apart as explanations are added.
 */
export function RewriteDiff(props: {
  source: string;
  changes: readonly RewriteChange[];
  accepted: readonly boolean[];
  rewritten: string;
  current: number | null;
}) {
  const { t } = useTranslation();
  const original = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLDivElement>(null);
  useScrollToCurrent(original, props.current);
  useScrollToCurrent(result, props.current);
  return (
    <div className="rewrite__diff">
      <figure className="rewrite__pane">
        <figcaption className="field-label">{t('rewrite.original')}</figcaption>
        <div className="original-text" data-testid="rewrite-original" ref={original}>
          <Pieces
            pieces={originalPieces(props.source, props.changes, props.accepted)}
            current={props.current}
          />
        </div>
      </figure>
      <figure className="rewrite__pane">
        <figcaption className="field-label">{t('rewrite.rewritten')}</figcaption>
        <div
          className="original-text"
          data-testid="rewrite-result"
          aria-label={t('rewrite.rewritten')}
          ref={result}
        >
          <Pieces
            pieces={rewrittenPieces(props.source, props.changes, props.accepted)}
            current={props.current}
          />
        </div>
      </figure>
    </div>
  );
}
