/** Local clock time for status lines (date too when asked, e.g. a wrong device clock). */
export function formatTime(iso: string, withDate = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return withDate
    ? d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' })
    : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
