/**
 * Appends run events to the workshop: the action is checked against the derived state first (so
 * the stored list only holds actions that applied), names the agenda item by id, is sent to the
 * presenter view at once and written through the repository. The local list runs ahead of the live query: a stored list that is only
 * an older prefix of it (our own earlier write arriving) is not adopted, so two quick presses never
 * append to a stale list; anything else stored (a reset, another device's run) is adopted.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deriveRun, recordAction, type RunPlan } from '../../../../../common/workshops/run';
import {
  isStrictPrefix,
  readRunEvents,
  type RunAction,
  type RunEvent,
} from '../../../../../common/workshops/runEvents';
import { useServices } from '../../../services/services';
import { useUiStore } from '../../../ui/uiStore';
import type { Workshop } from '../agendaActions';
import { publishPresenterUpdate } from '../presenterChannel';

export type { RunAction };

export function useRunControls(workshop: Workshop, plan: RunPlan) {
  const { repos } = useServices();
  const { t } = useTranslation();
  const notify = useUiStore((s) => s.notify);
  const [events, setEvents] = useState<RunEvent[]>(() => readRunEvents(workshop.run));
  const [seen, setSeen] = useState(workshop.run);
  const latest = useRef(events);
  if (seen !== workshop.run) {
    setSeen(workshop.run);
    const stored = readRunEvents(workshop.run);
    if (!isStrictPrefix(stored, events)) setEvents(stored);
  }
  useEffect(() => {
    // A render of an older list (committed just before a quick second press wrote a newer one)
    // must not take the newer one back: the press after it would then be checked against a stale
    // run (a presenter remote's ← after → was dropped).
    if (!isStrictPrefix(events, latest.current)) latest.current = events;
  }, [events]);

  const write = useCallback(
    (next: RunEvent[]) => {
      latest.current = next;
      setEvents(next);
      publishPresenterUpdate({ workshopId: workshop.id, run: next });
      repos.workshops
        .update(workshop.id, { run: next })
        .catch((error: Error) => notify('error', t('common.saveFailed', { message: error.message })));
    },
    [repos, workshop.id, notify, t],
  );

  const dispatch = useCallback(
    (action: RunAction) => {
      // Stamped with the item it enters or extends, so reordering the agenda cannot move the run.
      const event = recordAction(latest.current, plan, action, Date.now());
      if (event) write([...latest.current, event]);
    },
    [plan, write],
  );

  const reset = useCallback(() => write([]), [write]);
  /** The run as of now, from the newest events (not the last render): what a key press acts on. */
  const currentRun = useCallback(() => deriveRun(latest.current, plan, Date.now()), [plan]);
  return { events, dispatch, reset, currentRun };
}
