import { useTranslation } from 'react-i18next';
import type { RewriteChange } from '../../../../common/brief/rewrite';

interface Piece {
  text: string;
  mark: 'same' | 'removed' | 'added' | 'rejected';
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
    out.push({ text: c.before, mark: accepted[i] ? 'removed' : 'rejected' });
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
    out.push(accepted[i] ? { text: c.after, mark: 'added' } : { text: c.before, mark: 'same' });
    at = c.end;
  });
  out.push({ text: source.slice(at), mark: 'same' });
  return out;
}

function Pieces({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((p, i) =>
        p.mark === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : p.mark === 'added' ? (
          <ins key={i}>{p.text}</ins>
        ) : p.mark === 'rejected' ? (
          <mark key={i} className="rewrite__rejected">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** Original and rewrite side by side; `rewritten` is the accepted result (for screen readers and tests). */
export function RewriteDiff(props: {
  source: string;
  changes: readonly RewriteChange[];
  accepted: readonly boolean[];
  rewritten: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="rewrite__diff">
      <figure className="rewrite__pane">
        <figcaption className="field-label">{t('rewrite.original')}</figcaption>
        <div className="original-text" data-testid="rewrite-original">
          <Pieces pieces={originalPieces(props.source, props.changes, props.accepted)} />
        </div>
      </figure>
      <figure className="rewrite__pane">
        <figcaption className="field-label">{t('rewrite.rewritten')}</figcaption>
        <div className="original-text" data-testid="rewrite-result" aria-label={t('rewrite.rewritten')}>
          <Pieces pieces={rewrittenPieces(props.source, props.changes, props.accepted)} />
        </div>
      </figure>
    </div>
  );
}
