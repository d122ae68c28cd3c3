import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { deriveRun, isLateStart, type RunView } from '../../../../../common/workshops/run';
import { useServices } from '../../../services/services';
import type { AgendaItem, Workshop } from '../agendaActions';
import { CapturePanel } from '../capture/CapturePanel';
import { formatClock, formatForecast } from '../format';
import { LabeledInput } from '../LabeledInput';
import { useNow } from '../useNow';
import { useRunPlan } from '../useWorkshopData';
import { RunAgenda } from './RunAgenda';
import { RunEndQuestion } from './RunEndQuestion';
import { RunSummary } from './RunSummary';
import { RunTimer } from './RunTimer';
import { usePresenterMessage } from './usePresenterMessage';
import { useRunControls, type RunAction } from './useRunControls';
import { useRunShortcuts } from './useRunShortcuts';

/** The facilitator's run screen: countdown, controls, ahead/behind, the agenda's actual times, capture. */
export function RunMode({ workshop, items }: { workshop: Workshop; items: AgendaItem[] }) {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const plan = useRunPlan(workshop, items);
  const now = useNow(250);
  const { events, dispatch, reset, currentRun } = useRunControls(workshop, plan);
  const view = deriveRun(events, plan, now);
  const [lateBy, setLateBy] = useState<number | null>(null);
  const autoId = useId();
  const message = usePresenterMessage(workshop);

  const current = items[view.index];
  /** Starts the run, or asks first when it starts late (true). */
  const start = (): boolean => {
    const at = Date.now();
    if (isLateStart(plan, at) && plan.start !== null) {
      setLateBy(Math.round((at - plan.start) / 60_000));
      return true;
    }
    dispatch({ type: 'start' });
    return false;
  };
  // 次へ on the last item asks first (RunEndQuestion); the focus goes back where it was if not.
  const [askingEnd, setAskingEnd] = useState<HTMLElement | null | false>(false);
  const lastItem = isLastItem(view, items.length);
  /** Applies an action; true when a question is asked instead (late start, the end of the run). */
  const act = (action: RunAction): boolean => {
    if (action.type === 'start') return start();
    if (action.type === 'next' && isLastItem(currentRun(), items.length)) {
      setAskingEnd(document.activeElement as HTMLElement | null);
      return true;
    }
    dispatch(action);
    return false;
  };
  // Once ended by the question, the focus moves to what happened (where it was is gone).
  const focusSummary = useRef(false);
  const summaryRef = (el: HTMLParagraphElement | null) => {
    if (el && focusSummary.current) el.focus();
    if (el) focusSummary.current = false;
  };
  const endRun = () => {
    focusSummary.current = true;
    setAskingEnd(false);
    dispatch({ type: 'next' });
  };
  const keepRunning = () => {
    if (askingEnd && askingEnd.isConnected) askingEnd.focus();
    setAskingEnd(false);
  };
  const toggleButton = useRef<HTMLButtonElement>(null);
  // The late-start question takes the focus, so a keyboard user answers it before anything else.
  const lateFirstChoice = useRef<HTMLButtonElement>(null);
  const lateAsked = lateBy !== null;
  useEffect(() => {
    if (lateAsked) lateFirstChoice.current?.focus();
  }, [lateAsked]);
  const toggle = toggleFor(view, t);
  // Only while the last item is still current: ended or moved back elsewhere (sync), it is moot.
  const asking = askingEnd !== false && lastItem;
  useRunShortcuts(workshop.id, currentRun, act, items.length, !asking);

  if (items.length === 0) return <p className="muted">{t('workshops.run.noItems')}</p>;
  const clock = (ms: number) => formatClock(ms, i18n.language);

  return (
    <div className="run">
      <section className="card stack run__main" aria-labelledby={`${autoId}-h`}>
        <h2 className="section-title" id={`${autoId}-h`}>
          {t('workshops.run.heading')} <span className="muted">{statusText(view, t)}</span>
        </h2>
        {view.status === 'finished' ? (
          <RunSummary view={view} items={items} summaryRef={summaryRef} />
        ) : (
          <>
            <p className="run__item">
              <span className="muted">
                {t('workshops.run.itemOf', { current: view.index + 1, total: items.length })}
              </span>{' '}
              <strong data-testid="run-current">{current?.title}</strong>
            </p>
            <RunTimer view={view} title={current?.title ?? ''} />
          </>
        )}
        <div className="run__controls" role="group" aria-label={t('workshops.run.heading')}>
          {toggle && (
            // One element for 開始 / 一時停止 / 再開: swapping three buttons dropped the keyboard focus.
            <button
              ref={toggleButton}
              type="button"
              className={toggle.primary ? 'button button--primary' : 'button'}
              onClick={() => act(toggle.action)}
              aria-keyshortcuts="Space"
            >
              {toggle.label}
            </button>
          )}
          <ControlButton
            disabled={view.status === 'idle' || (view.status !== 'finished' && view.index === 0)}
            onClick={() => act({ type: 'previous' })}
            shortcut="ArrowLeft PageUp"
          >
            {t('workshops.run.previous')}
          </ControlButton>
          <ControlButton
            disabled={view.status === 'idle' || view.status === 'finished'}
            onClick={() => act({ type: 'next' })}
            shortcut="ArrowRight PageDown"
          >
            {t('workshops.run.next')}
          </ControlButton>
          <ControlButton
            disabled={view.status === 'idle' || view.status === 'finished'}
            onClick={() => act({ type: 'extend', minutes: 1 })}
            shortcut="+"
            title={t('workshops.run.extendLabel')}
          >
            {t('workshops.run.extend')}
          </ControlButton>
        </div>
        {asking && (
          <RunEndQuestion onEnd={endRun} onCancel={keepRunning} takeFocus={!isTextField(askingEnd || null)} />
        )}
        {lateBy !== null && view.status === 'idle' && (
          <div role="alertdialog" aria-labelledby={`${autoId}-late`} className="notice stack">
            <p id={`${autoId}-late`}>{t('workshops.run.lateTitle', { minutes: lateBy })}</p>
            <div className="run__controls">
              <button
                ref={lateFirstChoice}
                type="button"
                className="button button--primary"
                onClick={() => {
                  setLateBy(null);
                  dispatch({ type: 'start', late: 'shift' });
                  toggleButton.current?.focus();
                }}
              >
                {t('workshops.run.lateShift')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setLateBy(null);
                  dispatch({ type: 'start', late: 'keepEnd' });
                  toggleButton.current?.focus();
                }}
              >
                {t('workshops.run.lateKeepEnd')}
              </button>
            </div>
          </div>
        )}
        <p className="muted">{t('workshops.run.shortcuts')}</p>
        <dl className="run__forecast">
          <div>
            <dt className="visually-hidden">{t('workshops.run.deltaTerm')}</dt>
            <dd data-testid="run-delta" data-delta={Math.round(view.deltaMs / 60_000)}>
              {deltaText(view, t)}
            </dd>
          </div>
          <div>
            <dt className="visually-hidden">{t('workshops.run.forecastEnd', { time: '' })}</dt>
            <dd data-testid="run-forecast">
              {t('workshops.run.forecastEnd', { time: formatForecast(view.forecastEnd, i18n.language) })}
            </dd>
          </div>
          {view.referenceEnd !== null && (
            <div>
              <dt className="visually-hidden">{t('workshops.run.referenceEnd', { time: '' })}</dt>
              <dd>{t('workshops.run.referenceEnd', { time: clock(view.referenceEnd) })}</dd>
            </div>
          )}
        </dl>
        {view.late === 'shift' && view.startedAt !== null && plan.start !== null && (
          <p className="muted">
            {t('workshops.run.lateShiftNote', {
              minutes: Math.round((view.startedAt - plan.start) / 60_000),
            })}
          </p>
        )}
        {view.late === 'keepEnd' && <p className="muted">{t('workshops.run.lateKeepEndNote')}</p>}
        <label className="run__auto">
          <input
            id={autoId}
            type="checkbox"
            checked={view.mode === 'auto'}
            onChange={(e) => dispatch({ type: 'mode', mode: e.target.checked ? 'auto' : 'manual' })}
          />{' '}
          {t('workshops.run.autoMode')}
        </label>
        <LabeledInput
          label={t('workshops.run.message')}
          maxLength={200}
          placeholder={t('workshops.run.messagePlaceholder')}
          {...message}
        />
        <div className="run__controls">
          <button
            type="button"
            className="button"
            onClick={() => void platform['window:openPresenter'](`#/present/${workshop.id}`)}
          >
            {t('workshops.run.openPresenter')}
          </button>
          <ControlButton
            danger
            disabled={view.status === 'idle'}
            onClick={() => {
              if (window.confirm(t('workshops.run.resetConfirm'))) reset();
            }}
          >
            {t('workshops.run.reset')}
          </ControlButton>
        </div>
      </section>
      <RunAgenda items={items} view={view} plannedStart={plan.start} now={now} />
      <CapturePanel workshop={workshop} items={items} currentItem={current} />
    </div>
  );
}

// i18next's own type: `ReturnType<typeof useTranslation>['t']` grew too deep for tsc (TS2589) once
// the resources grew past a size (session 17's 決定事項 strings).
type T = TFunction;

/** A field the facilitator types in (capture notes, the message): a question must not take it over. */
function isTextField(element: HTMLElement | null): boolean {
  return !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

/** On the last item of a run under way: 次へ there ends the run, so it asks first. */
function isLastItem(view: RunView, count: number): boolean {
  return view.index === count - 1 && (view.status === 'running' || view.status === 'paused');
}

/** The start / pause / resume button for this state (none once the run is finished). */
function toggleFor(view: RunView, t: T): { label: string; action: RunAction; primary: boolean } | null {
  switch (view.status) {
    case 'idle':
      return { label: t('workshops.run.start'), action: { type: 'start' }, primary: true };
    case 'running':
      return { label: t('workshops.run.pause'), action: { type: 'pause' }, primary: false };
    case 'paused':
      return { label: t('workshops.run.resume'), action: { type: 'resume' }, primary: true };
    case 'finished':
      return null;
  }
}

/**
 * A run control that is unavailable in some states. `aria-disabled`, not `disabled`: 次へ on the
 * last item (or 前へ onto the first) must not drop the keyboard focus to the page.
 */
function ControlButton(props: {
  disabled: boolean;
  onClick: () => void;
  shortcut?: string;
  title?: string;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={props.danger ? 'button button--danger' : 'button'}
      aria-disabled={props.disabled}
      aria-keyshortcuts={props.shortcut}
      title={props.title}
      onClick={() => {
        if (!props.disabled) props.onClick();
      }}
    >
      {props.children}
    </button>
  );
}

function statusText(view: RunView, t: T): string {
  switch (view.status) {
    case 'idle':
      return t('workshops.run.statusIdle');
    case 'running':
      return t('workshops.run.statusRunning');
    case 'paused':
      return t('workshops.run.statusPaused');
    case 'finished':
      return t('workshops.run.statusFinished');
  }
}

export function deltaText(view: RunView, t: T): string {
  const minutes = Math.round(view.deltaMs / 60_000);
  if (minutes > 0) return t('workshops.run.behind', { minutes });
  if (minutes < 0) return t('workshops.run.ahead', { minutes: -minutes });
  return t('workshops.run.onTime');
}
