import i18next from 'i18next';

/**
 * Local clock time for status lines (date too when asked, e.g. a wrong device clock), written the
 * way the UI language writes it — not the browser's locale, which put 「午前」 or "AM" in the other
 * language's screen.
 */
export function formatTime(iso: string, withDate = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = i18next.language === 'en' ? 'en-GB' : 'ja-JP';
  return withDate
    ? d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' })
    : d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}
