import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemDecisions } from '../../../../../common/workshops/decisions';
import { deriveRun } from '../../../../../common/workshops/run';
import { isStrictPrefix, readRunEvents, type RunEvent } from '../../../../../common/workshops/runEvents';
import { RunTimer } from '../run/RunTimer';
import { subscribePresenterUpdates } from '../presenterChannel';
import { PresenterKeys } from './PresenterKeys';
import { shownMessage, type LiveMessage } from './liveMessage';
import { useNow } from '../useNow';
import { useAgenda, useIdeas, useRunPlan, useWorkshop } from '../useWorkshopData';
import '../workshops.css';

/**
 * The projector view at `#/present/<id>`: read-only, no app chrome. It follows the facilitator
 * through the presenter channel (immediate) and the saved run (after a reload, or from another
 * device through sync).
 */
export function PresenterPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const workshop = useWorkshop(id);
  const items = useAgenda(id);
  const ideas = useIdeas(id);
  const plan = useRunPlan(workshop, items);
  const now = useNow(200);
  const [live, setLive] = useState<RunEvent[] | null>(null);
  const [liveMessage, setLiveMessage] = useState<LiveMessage | null>(null);
  const saved = workshop?.presenterMessage ?? '';
  const savedNow = useRef(saved);
  useEffect(() => {
    savedNow.current = saved;
  }, [saved]);
  useEffect(
    () =>
      subscribePresenterUpdates(id, (u) => {
        if ('run' in u) setLive(u.run);
        else setLiveMessage({ text: u.message, base: u.base, seen: savedNow.current });
      }),
    [id],
  );

  // Named apart from the facilitator's window: two tabs (or two windows offered by a video call's
  // 「ウィンドウを共有」) both titled 共創デスク could not be told apart.
  const title = workshop ? `${t('workshops.presenter.label')} — ${workshop.title}` : '';
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  if (workshop === undefined || items === undefined) return null;
  if (workshop === null) {
    return (
      <main className="presenter">
        <h1 className="presenter__title">{t('workshops.presenter.notFound')}</h1>
      </main>
    );
  }
  const stored = readRunEvents(workshop.run);
  // The broadcast list runs ahead of the saved one; anything else saved (sync, a reset) wins.
  const events = live && isStrictPrefix(stored, live) ? live : stored;
  const view = deriveRun(events, plan, now);
  const current = items[view.index];
  const upcoming = items.slice(view.index + 1, view.index + 4);
  const message = shownMessage(saved, liveMessage);
  // The room sees what the current item has decided; once ended, everything decided that day.
  const shownItems = view.status === 'finished' ? items : view.status === 'idle' || !current ? [] : [current];
  const decisions = shownItems.flatMap((item) => itemDecisions(item, ideas ?? []));
  return (
    <main className="presenter" aria-label={t('workshops.presenter.label')} data-state={view.timerState}>
      <p className="presenter__workshop">{workshop.title}</p>
      <h1 className="presenter__title" data-testid="presenter-current">
        {view.status === 'finished'
          ? t('workshops.presenter.finished')
          : view.status === 'idle'
            ? t('workshops.presenter.waiting')
            : current?.title}
      </h1>
      {view.status !== 'finished' && (
        <RunTimer view={view} title={current?.title ?? ''} className="presenter__timer" />
      )}
      {/* A stopped countdown looks like a slow one: the room (and a remote's B) needs the word. */}
      {view.status === 'paused' && <p className="presenter__paused">{t('workshops.presenter.paused')}</p>}
      {message && (
        <p className="presenter__message" data-testid="presenter-message">
          {message}
        </p>
      )}
      {decisions.length > 0 && (
        <section className="presenter__decisions" aria-labelledby="presenter-decisions">
          <h2 id="presenter-decisions">{t('workshops.presenter.decisions')}</h2>
          <ul aria-labelledby="presenter-decisions">
            {decisions.map((d, i) => (
              <li key={i}>{d.text}</li>
            ))}
          </ul>
        </section>
      )}
      {upcoming.length > 0 && view.status !== 'finished' && (
        <section className="presenter__next" aria-labelledby="presenter-next">
          <h2 id="presenter-next">{t('workshops.presenter.next')}</h2>
          <ol>
            {(view.status === 'idle' ? items.slice(0, 3) : upcoming).map((item) => (
              <li key={item.id}>
                {item.title} <span>{item.minutes}′</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {/* A presenter remote's keys drive the run from here (see PresenterKeys). */}
      <PresenterKeys workshop={workshop} items={items} plan={plan} />
    </main>
  );
}
