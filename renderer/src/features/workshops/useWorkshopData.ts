/** Live reads of one workshop and everything that belongs to it (re-run by Dexie on every change). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { sortAgenda } from '../../../../common/workshops/order';
import { readRunEvents } from '../../../../common/workshops/runEvents';
import type { RunPlan } from '../../../../common/workshops/run';
import { useServices } from '../../services/services';
import type { AgendaItem } from './agendaActions';

export function useWorkshop(id: string) {
  const { repos } = useServices();
  // null = loaded and absent, undefined = still loading
  return useLiveQuery(async () => (await repos.workshops.get(id)) ?? null, [repos, id]);
}

export function useAgenda(workshopId: string): AgendaItem[] | undefined {
  const { repos } = useServices();
  return useLiveQuery(
    async () =>
      sortAgenda((await repos.agendaItems.findBy('workshopId', workshopId)).filter((i) => !i.isMethod)),
    [repos, workshopId],
  );
}

export function useIdeas(workshopId: string) {
  const { repos } = useServices();
  return useLiveQuery(() => repos.ideas.findBy('workshopId', workshopId), [repos, workshopId]);
}

export function useActionItems(workshopId: string) {
  const { repos } = useServices();
  return useLiveQuery(() => repos.actionItems.findBy('workshopId', workshopId), [repos, workshopId]);
}

/** Votes on the given ideas (the votes table is indexed by idea, not by workshop). */
export function useVotes(ideaIds: readonly string[] | undefined) {
  const { db } = useServices();
  const key = ideaIds?.join(',') ?? '';
  return useLiveQuery(async () => {
    if (!ideaIds || ideaIds.length === 0) return [];
    const rows = await db
      .records('votes')
      .where('ideaId')
      .anyOf([...ideaIds])
      .toArray();
    return rows.filter((v) => !v.deleted);
  }, [db, key]);
}

/** The run plan (items in order, planned start) the run-mode state machine folds over. */
export function useRunPlan(
  workshop: { plannedStart: string } | null | undefined,
  items: AgendaItem[] | undefined,
): RunPlan {
  return useMemo(() => {
    const start = Date.parse(workshop?.plannedStart ?? '');
    return {
      start: Number.isNaN(start) ? null : start,
      items: (items ?? []).map((i) => ({ id: i.id, minutes: i.minutes, sessionStart: i.sessionStart })),
    };
  }, [workshop?.plannedStart, items]);
}

export { readRunEvents };
