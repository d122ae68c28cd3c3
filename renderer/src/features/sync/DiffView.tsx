import { useTranslation } from 'react-i18next';
import { diffRows, type Segment } from './diffRows';

const MARK = {
  left: { background: '#fde2e1', textDecoration: 'line-through' },
  right: { background: '#d9f2dd', textDecoration: 'underline' },
} as const;

function Line({ segments, side }: { segments: Segment[] | null; side: 'left' | 'right' }) {
  if (!segments) return <td className="diff__empty" />;
  const Tag = side === 'left' ? 'del' : 'ins';
  return (
    <td style={{ whiteSpace: 'pre-wrap', verticalAlign: 'top', padding: '2px 8px' }}>
      {segments.map((s, i) =>
        s.changed ? (
          <Tag key={i} style={MARK[side]}>
            {s.text}
          </Tag>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </td>
  );
}

/** Two versions side by side; removed text struck through on the left, added text underlined on the right. */
export function DiffView({ current, other }: { current: string; other: string }) {
  const { t } = useTranslation();
  return (
    <table
      className="diff"
      data-testid="conflict-diff"
      style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}
    >
      <thead>
        <tr>
          <th scope="col">{t('sync.conflicts.current')}</th>
          <th scope="col">{t('sync.conflicts.other')}</th>
        </tr>
      </thead>
      <tbody>
        {diffRows(current, other).map((row, i) => (
          <tr key={i} data-kind={row.kind} style={{ borderTop: '1px solid var(--line)' }}>
            <Line segments={row.left} side="left" />
            <Line segments={row.right} side="right" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
