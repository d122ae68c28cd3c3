/**
 * The day a result is dated, as the user's calendar has it. A note's time is stored in UTC: its
 * first ten characters named the day before for a note taken before 09:00 in Japan.
 */
export function resultDay(date: string): string {
  if (!date.includes('T')) return date.slice(0, 10);
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return date.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
