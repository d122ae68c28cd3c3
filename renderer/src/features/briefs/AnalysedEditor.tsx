import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFix, type Finding } from '../../../../common/brief';
import { selectedWord } from '../../../../common/brief/userGlossary';
import { AddTermDialog } from './AddTermDialog';
import { FindingsList } from './FindingsList';
import { HighlightedTextarea, type HighlightedTextareaHandle } from './HighlightedTextarea';
import { useTextGuard } from './useTextGuard';
import type { AnalysisState } from './analysis/useAnalysis';
import type { GlossaryCorrections } from './useGlossaryCorrections';

/** A whole paragraph may be selected: the line beside the button shows its start. */
const shortSelection = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

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
  /** Lets the user teach the pen: 「用語集に追加」 for a selected word, 「説明不要にする」 on a finding. */
  corrections?: GlossaryCorrections;
}) {
  const { t } = useTranslation();
  const editor = useRef<HighlightedTextareaHandle>(null);
  const [active, setActive] = useState<number | null>(null);
  const { analysis, corrections } = props;
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [adding, setAdding] = useState<{ term: string; start: number; end: number } | null>(null);
  const offered =
    corrections && selection
      ? selectedWord(props.value, selection.start, selection.end, analysis.findings)
      : null;

  const guard = useTextGuard();
  const change = (next: string) => guard(next, props.onChange, props.value);

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

  // The findings list re-renders only when its findings do: its handlers read this render's state.
  const latest = useRef({ fix, findings: analysis.findings, corrections });
  useLayoutEffect(() => {
    latest.current = { fix, findings: analysis.findings, corrections };
  });
  const onShow = useCallback((index: number) => {
    const f = latest.current.findings[index];
    if (!f) return;
    setActive(index);
    editor.current?.select(f.start, f.end);
  }, []);
  const onFix = useCallback((finding: Finding) => latest.current.fix(finding), []);
  const onMarkKnown = useCallback(
    (finding: Finding) => void latest.current.corrections?.markKnown(finding),
    [],
  );

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
          onSelect={
            corrections
              ? (e) =>
                  setSelection({ start: e.currentTarget.selectionStart, end: e.currentTarget.selectionEnd })
              : undefined
          }
        />
        {offered !== null && selection && (
          <div className="term-actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                // The selected words without the spaces around them: the form widens them to whole words.
                const start = props.value.indexOf(offered, Math.min(selection.start, selection.end));
                setAdding({ term: offered, start, end: start + offered.length });
              }}
            >
              {t('briefs.addTerm.open')}
            </button>
            <span className="muted"> {t('briefs.addTerm.selected', { term: shortSelection(offered) })}</span>
          </div>
        )}
        {adding && corrections && (
          <AddTermDialog
            term={adding.term}
            text={props.value}
            selection={adding}
            records={corrections.records}
            onClose={(_saved, range) => {
              setAdding(null);
              // Back to the words the form was about (marked now, if saved).
              editor.current?.select(range.start, range.end);
            }}
          />
        )}
      </div>
      <FindingsList
        testId={`${props.testId}-findings`}
        findings={analysis.findings}
        pending={analysis.pending}
        analyser={analysis.analyser}
        truncatedAt={
          analysis.analysedLength < props.value.length && !analysis.pending ? analysis.analysedLength : null
        }
        activeIndex={active}
        onShow={onShow}
        onFix={onFix}
        {...(corrections ? { onMarkKnown } : {})}
      />
    </div>
  );
}
