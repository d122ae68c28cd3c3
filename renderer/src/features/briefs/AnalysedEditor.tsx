import { useEffect, useRef, useState } from 'react';
import { applyFix, type Finding } from '../../../../common/brief';
import { FindingsList } from './FindingsList';
import { HighlightedTextarea, type HighlightedTextareaHandle } from './HighlightedTextarea';
import { useTextGuard } from './useTextGuard';
import type { AnalysisState } from './analysis/useAnalysis';

/**
 * A text editor checked as the user types: findings drawn inline and listed beside,
 * each with a one-click fix.
 */
export function AnalysedEditor(props: {
  id: string;
  label: string;
  help?: string;
  value: string;
  onChange: (value: string) => void;
  /** The checker's findings for `value` (computed by the owner, who also needs the counts). */
  analysis: AnalysisState;
  rows?: number;
  testId: string;
  /** `stacked` puts the findings under the editor (when something else sits beside it). */
  layout?: 'beside' | 'stacked';
}) {
  const editor = useRef<HighlightedTextareaHandle>(null);
  const [active, setActive] = useState<number | null>(null);
  const { analysis } = props;

  const guard = useTextGuard();
  const change = (next: string) => guard(next, props.onChange);

  // The clicked 修正する goes away with its finding, which would drop the keyboard focus to the
  // page: the fixed words are selected in the text instead, so the user sees what changed.
  const fixedRange = useRef<{ value: string; start: number; end: number } | null>(null);
  useEffect(() => {
    const range = fixedRange.current;
    if (range === null || range.value !== props.value) return;
    fixedRange.current = null;
    editor.current?.select(range.start, range.end);
  }, [props.value]);

  const fix = (finding: Finding) => {
    // Findings can be a beat behind the text; only apply a fix that still matches it.
    if (props.value.slice(finding.start, finding.end) !== finding.text || !finding.fix) return;
    const next = applyFix(props.value, finding);
    const { start, replacement } = finding.fix;
    fixedRange.current = { value: next, start, end: start + replacement.length };
    change(next);
    setActive(null);
  };

  return (
    <div className={`analysed-editor analysed-editor--${props.layout ?? 'beside'}`}>
      <div className="analysed-editor__main">
        <label htmlFor={props.id} className="field-label">
          {props.label}
        </label>
        {props.help && <p className="muted field-help">{props.help}</p>}
        <HighlightedTextarea
          ref={editor}
          id={props.id}
          rows={props.rows ?? 16}
          value={props.value}
          onValueChange={change}
          findings={analysis.findings}
          activeIndex={active}
          data-testid={`${props.testId}-input`}
        />
      </div>
      <FindingsList
        testId={`${props.testId}-findings`}
        findings={analysis.findings}
        pending={analysis.pending}
        truncatedAt={
          analysis.analysedLength < props.value.length && !analysis.pending ? analysis.analysedLength : null
        }
        activeIndex={active}
        onShow={(index) => {
          const f = analysis.findings[index];
          if (!f) return;
          setActive(index);
          editor.current?.select(f.start, f.end);
        }}
        onFix={fix}
      />
    </div>
  );
}
