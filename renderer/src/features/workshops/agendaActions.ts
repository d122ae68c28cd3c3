/**
 * Agenda writes, apart from React: templates, items, methods. Each goes through the repositories,
 * so every change is in the sync outbox; a reorder writes only the moved item (fractional rank).
 */
import type { RecordOf } from '../../../../common/records/types';
import { agendaKindOf, type AgendaKind } from '../../../../common/workshops/kinds';
import {
  methodNotes,
  type FacilitationMethod,
  type TemplateItem,
} from '../../../../common/workshops/library';
import { appendRank, moveItem, type OrderPatch } from '../../../../common/workshops/order';
import type { Repositories } from '../../data/repositories';

export type AgendaItem = RecordOf<'agendaItems'>;
export type Workshop = RecordOf<'workshops'>;

/** The fields a new agenda item gets (every optional one present, so each has its own HLC). */
export interface NewItem {
  title: string;
  minutes: number;
  kind: AgendaKind;
  method: string;
  owner: string;
  materials: string;
  notes: string;
  sessionStart: string;
}

export function blankItem(title: string, minutes = 10): NewItem {
  return { title, minutes, kind: 'other', method: '', owner: '', materials: '', notes: '', sessionStart: '' };
}

export function itemFromTemplate(item: TemplateItem): NewItem {
  return { ...blankItem(item.title, item.minutes), ...item, sessionStart: item.sessionStart ?? '' };
}

export function itemFromMethod(method: FacilitationMethod): NewItem {
  return {
    ...blankItem(method.name, method.minutes),
    kind: method.kind,
    method: method.name,
    materials: method.materials,
    notes: methodNotes(method),
  };
}

/** An agenda item saved to the method library, read back as a method. */
export function methodFromItem(item: AgendaItem): FacilitationMethod {
  return {
    id: item.id,
    name: item.title,
    kind: agendaKindOf(item.kind),
    purpose: item.notes.split('\n')[0] ?? '',
    steps: item.notes
      .split('\n')
      .slice(1)
      .filter((s) => s.trim() !== ''),
    minutes: item.minutes,
    groupSize: '',
    materials: item.materials ?? '',
  };
}

/** Appends items after the current last one (sorted), in order. */
export async function appendItems(
  repos: Repositories,
  workshopId: string,
  sorted: readonly AgendaItem[],
  items: readonly NewItem[],
): Promise<AgendaItem[]> {
  const created: AgendaItem[] = [];
  let tail: { id: string; order: number; rank?: string }[] = sorted.slice(-1);
  for (const item of items) {
    const position = appendRank(tail);
    const record = await repos.agendaItems.create({
      workshopId,
      ...item,
      ...position,
      isMethod: false,
      captureNotes: '',
    });
    created.push(record);
    tail = [record];
  }
  return created;
}

export async function createWorkshop(
  repos: Repositories,
  title: string,
  template: { name: string; items: readonly NewItem[] } | null,
): Promise<Workshop> {
  const workshop = await repos.workshops.create({
    title,
    template: template?.name ?? '',
    plannedStart: '',
    notes: '',
    minutes: '',
    isTemplate: false,
    run: [],
    presenterMessage: '',
    dotBudget: 3,
  });
  if (template) await appendItems(repos, workshop.id, [], template.items);
  return workshop;
}

/** Saves the agenda as a template: a `workshops` row marked as one, with copies of the items. */
export async function saveAsTemplate(
  repos: Repositories,
  workshop: Workshop,
  items: readonly AgendaItem[],
): Promise<Workshop> {
  const template = await repos.workshops.create({
    title: workshop.title,
    template: workshop.template,
    plannedStart: '',
    notes: workshop.notes,
    minutes: '',
    isTemplate: true,
    run: [],
    presenterMessage: '',
    dotBudget: workshop.dotBudget ?? 3,
  });
  await appendItems(repos, template.id, [], items.map(copyOf));
  return template;
}

export function copyOf(item: AgendaItem): NewItem {
  return {
    title: item.title,
    minutes: item.minutes,
    kind: agendaKindOf(item.kind),
    method: item.method ?? '',
    owner: item.owner ?? '',
    materials: item.materials ?? '',
    notes: item.notes,
    sessionStart: item.sessionStart ?? '',
  };
}

/** Inserts a copy right after the item (keyed between it and its successor). */
export async function duplicateItem(
  repos: Repositories,
  sorted: readonly AgendaItem[],
  index: number,
  suffix: string,
): Promise<void> {
  const item = sorted[index];
  if (!item) return;
  const [created] = await appendItems(repos, item.workshopId, sorted, [
    { ...copyOf(item), title: item.title + suffix },
  ]);
  if (!created) return;
  const withCopy = [...sorted, created];
  await applyMove(repos, withCopy, withCopy.length - 1, index + 1);
}

/** Moves `sorted[from]` to `to`; normally one write. */
export async function applyMove(
  repos: Repositories,
  sorted: readonly AgendaItem[],
  from: number,
  to: number,
): Promise<void> {
  await writeOrder(repos, moveItem(sorted, from, to));
}

/** Stores order patches (from `moveItem`): one item's rank and order each. */
export async function writeOrder(repos: Repositories, patches: readonly OrderPatch[]): Promise<void> {
  for (const patch of patches) {
    await repos.agendaItems.update(patch.id, { rank: patch.rank, order: patch.order });
  }
}

export async function saveItemAsMethod(repos: Repositories, item: AgendaItem): Promise<void> {
  await repos.agendaItems.create({
    ...copyOf(item),
    workshopId: '',
    order: 0,
    rank: 'a0',
    isMethod: true,
    captureNotes: '',
  });
}
