import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLateStart, type RunPlan } from '../../../../../common/workshops/run';
import type { AgendaItem, Workshop } from '../agendaActions';
import { publishPresenterCommand, subscribePressAnswers, type PressAnswer } from '../presenterChannel';
import { checkPress, presenterCommandForKey, runActionFor, type RunCommand } from '../run/runCommands';
import { runScreenOpen } from '../run/runScreenLock';
import { useRunControls } from '../run/useRunControls';

/** How long the facilitator's run screen has to answer a press before the sign says it did not. */
export const NO_ANSWER_MS = 1500;
/** A second 次へ on the last item within this ends the run (the first one asks). */
const CONFIRM_END_MS = 5000;
/** How long a sign stays on the projector. */
const SIGN_MS = 5000;

type Sign = Exclude<PressAnswer, 'applied'> | 'confirmEnd' | 'late' | 'noAnswer';

/**
 * A presenter remote's keys in the presenter view, and what they did. With the facilitator's run
 * screen open (it holds the run's lock) a press goes to it and its answer is shown when it is not a
 * plain step; with none open the press is applied here, through the run screen's write path
 * (useRunControls: stored, synced, broadcast). A press that cannot act shows a sign, announced.
 */
export function PresenterKeys({
  workshop,
  items,
  plan,
}: {
  workshop: Workshop;
  items: AgendaItem[];
  plan: RunPlan;
}) {
  const { t } = useTranslation();
  const { dispatch, currentRun } = useRunControls(workshop, plan);
  const [sign, setSign] = useState<{ sign: Sign; n: number } | null>(null);
  const latest = useRef({ dispatch, currentRun, plan, count: items.length });
  useEffect(() => {
    latest.current = { dispatch, currentRun, plan, count: items.length };
  });
  const id = workshop.id;

  // A layout effect: the keys listen from the first paint of the view, so a remote pressed the moment
  // the projector shows 「まもなく開始します」 is not lost (a passive effect runs after input events).
  useLayoutEffect(() => {
    let n = 0;
    let hide: ReturnType<typeof setTimeout> | undefined;
    const show = (s: Sign | null) => {
      clearTimeout(hide);
      setSign(s ? { sign: s, n: ++n } : null);
      if (s) hide = setTimeout(() => setSign(null), SIGN_MS);
    };
    let confirmEndUntil = 0;
    const applyHere = (command: RunCommand) => {
      const { dispatch: apply, currentRun: now, plan: p, count } = latest.current;
      const view = now();
      const check = checkPress(command, view, count);
      if (check === 'last') {
        const confirmed = Date.now() < confirmEndUntil;
        confirmEndUntil = confirmed ? 0 : Date.now() + CONFIRM_END_MS;
        if (confirmed) apply({ type: 'next' });
        return show(confirmed ? null : 'confirmEnd');
      }
      confirmEndUntil = 0;
      if (check !== 'ok') return show(check);
      const action = runActionFor(command, view.status);
      // A late start asks whether to shift the plan: a question for the facilitator's screen.
      if (action.type === 'start' && isLateStart(p, Date.now())) return show('late');
      apply(action);
      show(null);
    };
    // Presses sent and not answered yet; a late answer (a busy machine) still replaces 'noAnswer'.
    const waiting = new Map<string, ReturnType<typeof setTimeout>>();
    let presses = 0;
    const send = (command: RunCommand) => {
      const press = `${Date.now().toString(36)}-${++presses}`;
      waiting.set(
        press,
        setTimeout(() => show('noAnswer'), NO_ANSWER_MS),
      );
      publishPresenterCommand(id, command, press);
    };
    const unsubscribe = subscribePressAnswers(id, (press, answer) => {
      const timer = waiting.get(press);
      if (timer === undefined) return;
      clearTimeout(timer);
      waiting.delete(press);
      show(answer === 'applied' ? null : answer);
    });
    // Presses are handled one after another, in order: each asks where the run screen is first.
    let queue = Promise.resolve();
    const onKey = (e: KeyboardEvent) => {
      const command = presenterCommandForKey(e);
      if (!command) return;
      e.preventDefault();
      queue = queue
        .then(() => runScreenOpen(id))
        .then((open) => (open ? send(command) : applyHere(command)))
        .catch(() => undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
      clearTimeout(hide);
      for (const timer of waiting.values()) clearTimeout(timer);
    };
  }, [id]);

  return (
    <>
      {/* Always present, so a screen reader announces the sign when it appears. */}
      <p role="status" className={sign ? 'presenter__sign presenter__sign--shown' : 'presenter__sign'}>
        {sign && <span key={sign.n}>{t(`workshops.presenter.signs.${sign.sign}`)}</span>}
      </p>
      <p className="presenter__keys">{t('workshops.presenter.keys')}</p>
    </>
  );
}
