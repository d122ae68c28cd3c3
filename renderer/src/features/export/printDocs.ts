/**
 * Records → {@link PrintDoc}. Each builder is a small mapping onto the shared layout; labels come
 * in from i18n so the builders stay pure and testable.
 */
import type { RecordOf } from '../../../../common/records/types';
import { markdownTable } from '../../../../common/export/markdownTable';
import { itemDecisions, unplacedDecisions } from '../../../../common/workshops/decisions';
import { sortAgenda } from '../../../../common/workshops/order';
import { itemTimes, type TimesLabels } from '../../../../common/workshops/minutesTimes';
import { deriveRun } from '../../../../common/workshops/run';
import { readRunEvents } from '../../../../common/workshops/runEvents';
import { planAgenda } from '../../../../common/workshops/timing';
import type { PrintDoc } from './PrintDocument';

export interface PrintLabels extends TimesLabels {
  lang: 'ja' | 'en';
  briefKind: string;
  agendaKind: string;
  minutesKind: string;
  /** What a workshop's agenda and minutes add to its title as file names (「アジェンダ」「議事録」). */
  agendaFile: string;
  minutesFile: string;
  municipality: string;
  department: string;
  exportedOn: string;
  updatedOn: string;
  plannedStart: string;
  untitled: string;
  time: string;
  item: string;
  minutesCol: string;
  /** The minutes' 予定と実績の時刻 table: its heading and columns. */
  times: string;
  planned: string;
  actual: string;
  actionItems: string;
  decisions: string;
  /** A decision with the agenda item it was taken under: 'text（item）'. */
  decisionLine: (text: string, item: string) => string;
  who: string;
  what: string;
  due: string;
  ideas: string;
  appName: string;
  /** A date (ISO string or Date) as the reader expects it, e.g. 2026年11月27日. */
  formatDate: (value: string | Date) => string;
  formatTime: (value: Date) => string;
}

type Issue = RecordOf<'issues'>;

/** A brief as the company reads it: title block from its issue, then the markdown body. */
export function briefPrintDoc(
  brief: RecordOf<'briefs'>,
  issue: Issue | undefined,
  l: PrintLabels,
  now: Date,
): PrintDoc {
  const title = brief.title.trim() || issue?.title.trim() || l.untitled;
  const org = [issue?.municipalityName, issue?.department].filter(Boolean).join(' ');
  return {
    lang: l.lang,
    kind: l.briefKind,
    title,
    fields: [
      { label: l.municipality, value: issue?.municipalityName ?? '' },
      { label: l.department, value: issue?.department ?? '' },
      { label: l.exportedOn, value: l.formatDate(now) },
      { label: l.updatedOn, value: l.formatDate(brief.updatedAt) },
    ],
    sections: [{ markdown: brief.body, lineBreaks: true }],
    headerLeft: org || l.appName,
    headerRight: title,
  };
}

/** Agenda items in order with their planned clock times (from the start; sessions start at their own time). */
function timedItems(workshop: RecordOf<'workshops'>, items: RecordOf<'agendaItems'>[], l: PrintLabels) {
  const start = Date.parse(workshop.plannedStart);
  const sorted = sortAgenda(items.filter((i) => !i.deleted && !i.isMethod));
  const timing = planAgenda(sorted, Number.isNaN(start) ? 0 : start);
  return sorted.map((item, i) => {
    const t = timing.items[i];
    const range =
      Number.isNaN(start) || !t ? '' : `${l.formatTime(new Date(t.start))}–${l.formatTime(new Date(t.end))}`;
    return { item, range };
  });
}

/** A timeboxed agenda: a timetable, then each item with its notes. */
export function agendaPrintDoc(
  workshop: RecordOf<'workshops'>,
  items: RecordOf<'agendaItems'>[],
  l: PrintLabels,
  now: Date,
): PrintDoc {
  const timed = timedItems(workshop, items, l);
  return workshopDoc(workshop, l.agendaKind, l, now, l.agendaFile, [
    {
      markdown: markdownTable(
        [l.time, l.item, l.minutesCol],
        timed.map(({ item, range }) => [range, item.title, String(item.minutes)]),
      ),
    },
    ...timed
      .filter(({ item }) => item.notes.trim() !== '')
      .map(({ item, range }) => ({
        heading: [range, item.title].filter(Boolean).join(' '),
        markdown: item.notes,
      })),
  ]);
}

/**
 * Workshop minutes. Once minutes are written (or generated in the workshop's minutes view, which
 * already tables actions and ideas), that text is the document; its leading `# title` is left out
 * because the title block prints it. Without minutes, the decisions (with their items), action
 * items (期限 as the reader writes a day) and ideas by group stand in.
 */
export function minutesPrintDoc(
  workshop: RecordOf<'workshops'>,
  actions: RecordOf<'actionItems'>[],
  ideas: RecordOf<'ideas'>[],
  l: PrintLabels,
  now: Date,
  items: RecordOf<'agendaItems'>[] = [],
): PrintDoc {
  const written = workshop.minutes.trim();
  if (written) {
    const body = written.replace(/^#\s+[^\n]*\n+/, '');
    return workshopDoc(workshop, l.minutesKind, l, now, l.minutesFile, [{ markdown: body }]);
  }
  const groups = new Map<string, string[]>();
  for (const idea of ideas.filter((i) => !i.deleted)) {
    groups.set(idea.group, [...(groups.get(idea.group) ?? []), idea.text]);
  }
  const ideaMarkdown = [...groups]
    .map(
      ([group, texts]) =>
        `### ${group || '—'}\n\n${texts.map((t) => `- ${t.replace(/\n/g, ' ')}`).join('\n')}`,
    )
    .join('\n\n');
  const live = actions.filter((a) => !a.deleted);
  const liveIdeas = ideas.filter((i) => !i.deleted);
  const agenda = sortAgenda(items.filter((i) => !i.deleted && !i.isMethod));
  const times = timesTable(workshop, agenda, l, now);
  const decided = [
    ...agenda.flatMap((item) =>
      itemDecisions(item, liveIdeas).map((d) => l.decisionLine(d.text, item.title.trim() || l.untitled)),
    ),
    ...unplacedDecisions(new Set(agenda.map((i) => i.id)), liveIdeas).map((d) => d.text),
  ];
  return workshopDoc(workshop, l.minutesKind, l, now, l.minutesFile, [
    { markdown: workshop.minutes },
    ...(times ? [{ heading: l.times, markdown: times }] : []),
    ...(decided.length ? [{ heading: l.decisions, markdown: decided.map((d) => `- ${d}`).join('\n') }] : []),
    ...(live.length
      ? [
          {
            heading: l.actionItems,
            markdown: markdownTable(
              [l.who, l.what, l.due],
              live.map((a) => [a.who || '—', a.what, a.due ? l.formatDate(a.due) : '—']),
            ),
          },
        ]
      : []),
    ...(ideaMarkdown ? [{ heading: l.ideas, markdown: ideaMarkdown }] : []),
  ]);
}

/** 予定 13:30–13:45 / 実績 13:32–13:50 per item, from the plan and the run's record ('' without items). */
function timesTable(
  workshop: RecordOf<'workshops'>,
  agenda: RecordOf<'agendaItems'>[],
  l: PrintLabels,
  now: Date,
): string {
  if (agenda.length === 0) return '';
  const parsed = Date.parse(workshop.plannedStart);
  const start = Number.isNaN(parsed) ? null : parsed;
  const run = deriveRun(readRunEvents(workshop.run), { start, items: agenda }, now.getTime());
  const titled = agenda.map((item, i) => ({ ...item, title: item.title.trim() || `${l.item} ${i + 1}` }));
  const clock = (ms: number) => l.formatTime(new Date(ms));
  const rows = itemTimes(titled, run.actuals, start, clock, l);
  return markdownTable(
    [l.item, l.planned, l.actual],
    rows.map((r) => [r.title, r.planned, r.actual]),
  );
}

/** A workshop's document (agenda or minutes): its title block, running header and `sections`. */
function workshopDoc(
  workshop: RecordOf<'workshops'>,
  kind: string,
  l: PrintLabels,
  now: Date,
  fileSuffix: string,
  sections: PrintDoc['sections'],
): PrintDoc {
  const title = workshop.title.trim() || l.untitled;
  return {
    lang: l.lang,
    kind,
    title,
    fileName: `${title} ${fileSuffix}`,
    fields: [
      { label: l.plannedStart, value: workshop.plannedStart ? l.formatDate(workshop.plannedStart) : '' },
      { label: l.exportedOn, value: l.formatDate(now) },
    ],
    sections,
    headerLeft: l.appName,
    headerRight: title,
  };
}
