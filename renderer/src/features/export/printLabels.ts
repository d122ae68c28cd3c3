/** Print labels and date formats from the current UI language. */
import type { TFunction } from 'i18next';
import type { PrintLabels } from './printDocs';

export function printLabels(t: TFunction, language: string): PrintLabels {
  const lang = language.startsWith('en') ? 'en' : 'ja';
  const locale = lang === 'ja' ? 'ja-JP' : 'en-GB';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return {
    lang,
    briefKind: t('export.print.brief'),
    agendaKind: t('export.print.agenda'),
    minutesKind: t('export.print.minutes'),
    agendaFile: t('export.print.agendaFile'),
    minutesFile: t('export.print.minutesFile'),
    municipality: t('export.print.municipality'),
    department: t('export.print.department'),
    exportedOn: t('export.print.exportedOn'),
    updatedOn: t('export.print.updatedOn'),
    plannedStart: t('export.print.plannedStart'),
    untitled: t('common.untitled'),
    time: t('export.print.time'),
    item: t('export.print.item'),
    minutesCol: t('export.print.minutesCol'),
    times: t('export.print.times'),
    planned: t('export.print.planned'),
    actual: t('export.print.actual'),
    notRun: t('export.print.notRun'),
    minutes: (minutes) => t('export.print.duration', { minutes }),
    timed: (range, minutes) => t('export.print.timed', { range, minutes }),
    actionItems: t('export.print.actionItems'),
    decisions: t('export.print.decisions'),
    decisionLine: (text, item) => t('export.print.decisionLine', { text, item }),
    who: t('export.print.who'),
    what: t('export.print.what'),
    due: t('export.print.due'),
    ideas: t('export.print.ideas'),
    appName: t('app.name'),
    formatDate: (value) => {
      // A calendar day (an action's 期限) is the reader's day, not UTC midnight read in their zone.
      const day = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
      const d = day
        ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
        : typeof value === 'string'
          ? new Date(value)
          : value;
      return Number.isNaN(d.getTime()) ? String(value) : date.format(d);
    },
    formatTime: (value) => time.format(value),
  };
}
