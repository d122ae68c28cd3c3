import { useTranslation } from 'react-i18next';

export interface ChartRow {
  id: string;
  title: string;
  planned: number;
  actual: number;
}

const ROW_H = 34;
const LABEL_W = 220;
const BAR_W = 420;
const AXIS_H = 24;

/**
 * Planned vs actual minutes per item as paired horizontal bars (planned outlined, actual filled —
 * told apart by shape as well as colour), with a minute axis, value labels and a text summary.
 */
export function PlannedActualChart({
  rows,
  actualTotal,
}: {
  rows: readonly ChartRow[];
  /** The run's own total (see totalActualMinutes): the rows' rounded minutes add up to more. */
  actualTotal: number;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.flatMap((r) => [r.planned, r.actual]));
  const step = max <= 30 ? 5 : max <= 90 ? 15 : 30;
  const axisMax = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: axisMax / step + 1 }, (_, i) => i * step);
  const scale = (m: number) => (m / axisMax) * BAR_W;
  const height = rows.length * ROW_H + AXIS_H + 8;
  const summary = t('workshops.minutes.chartSummary', {
    count: rows.length,
    planned: rows.reduce((sum, r) => sum + r.planned, 0),
    actual: actualTotal,
  });
  return (
    <figure className="chart">
      <figcaption className="section-title">{t('workshops.minutes.chart')}</figcaption>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`}
        width="100%"
        className="chart__svg"
        data-testid="planned-actual-chart"
      >
        <title>{summary}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={LABEL_W + scale(tick)}
              x2={LABEL_W + scale(tick)}
              y1={0}
              y2={rows.length * ROW_H}
              className="chart__grid"
            />
            <text
              x={LABEL_W + scale(tick)}
              y={rows.length * ROW_H + 16}
              textAnchor="middle"
              className="chart__tick"
            >
              {tick}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = i * ROW_H;
          return (
            <g key={r.id} data-testid="chart-row">
              <title>
                {t('workshops.minutes.chartItem', { title: r.title, planned: r.planned, actual: r.actual })}
              </title>
              <text x={LABEL_W - 8} y={y + ROW_H / 2 + 4} textAnchor="end" className="chart__label">
                {r.title.length > 16 ? `${r.title.slice(0, 15)}…` : r.title}
              </text>
              <rect x={LABEL_W} y={y + 5} width={scale(r.planned)} height={10} className="chart__planned" />
              <rect
                x={LABEL_W}
                y={y + 17}
                width={scale(r.actual)}
                height={10}
                className={r.actual > r.planned ? 'chart__actual chart__actual--over' : 'chart__actual'}
              />
              <text
                x={LABEL_W + scale(Math.max(r.planned, r.actual)) + 6}
                y={y + 24}
                className="chart__value"
              >
                {r.planned} / {r.actual}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="chart__legend">
        <span className="chart__key chart__key--planned" aria-hidden="true" /> {t('workshops.run.planned')}{' '}
        <span className="chart__key chart__key--actual" aria-hidden="true" /> {t('workshops.run.actual')}
      </p>
    </figure>
  );
}
