/** Agenda item kinds (shown as a colour). Unknown values from newer clients fall back to 'other'. */
export const AGENDA_KINDS = ['share', 'diverge', 'converge', 'break', 'input', 'other'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export function agendaKindOf(value: unknown): AgendaKind {
  return (AGENDA_KINDS as readonly unknown[]).includes(value) ? (value as AgendaKind) : 'other';
}
