/** The 議事メモ labels and formats in the current UI language. */
import type { TFunction } from 'i18next';
import type { MinutesLabels } from '../../../../common/council';

export function minutesLabels(t: TFunction, language: string): MinutesLabels {
  const locale = language.startsWith('en') ? 'en-GB' : 'ja-JP';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return {
    minutes: t('council.minutes'),
    plenary: t('council.plenary'),
    committee: t('council.committee'),
    kind: t('council.kindLabel'),
    date: t('council.date'),
    place: t('council.place'),
    agenda: t('council.agendaNav'),
    member: t('council.member'),
    answerer: t('council.answerer'),
    withRole: (name, role) => (language.startsWith('en') ? `${name} (${role})` : `${name}（${role}）`),
    issue: t('council.issue'),
    opening: t('council.opening'),
    untitled: t('common.untitled'),
    formatDate: (iso) => {
      // A bare date is the local day it names, not midnight UTC.
      const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00`) : new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : date.format(d);
    },
    formatTime: (at) => time.format(at),
  };
}
