/**
 * The run of a workshop as it is stored: a list of timestamped events on the workshop record (one
 * field, so last-writer-wins can never interleave two devices' runs). Nothing ticks in storage: the
 * timer is derived from these events and the current time (`deriveRun`), so a reload, a crash or a
 * second device resumes at the true time.
 */

export type RunMode = 'manual' | 'auto';

/** How a late start is absorbed: move every planned time, or shorten items to keep the planned end. */
export type LateStart = 'shift' | 'keepEnd';

/**
 * `item` names the agenda item by id, so reordering the agenda during a run never changes which
 * item a past event concerned: for start / next / previous the item it entered (`null` on a next
 * that finished the run), for extend the item extended. Events stored before ids were recorded
 * have no `item` and are resolved by position in today's order, as they always were.
 */
export type RunEvent =
  | { type: 'start'; at: number; late?: LateStart; item?: string }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'next'; at: number; item?: string | null }
  | { type: 'previous'; at: number; item?: string }
  | { type: 'extend'; at: number; minutes: number; item?: string }
  | { type: 'mode'; at: number; mode: RunMode };

export type RunEventType = RunEvent['type'];

type WithoutStamp<E> = E extends RunEvent ? Omit<E, 'at' | 'item'> : never;
/** What a facilitator asks for; the time and the item are stamped when it is recorded (`recordAction`). */
export type RunAction = WithoutStamp<RunEvent>;

const TYPES: readonly string[] = ['start', 'pause', 'resume', 'next', 'previous', 'extend', 'mode'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One stored event, or null when it is malformed (a newer client's kind, a hand-edited backup …). */
export function parseRunEvent(value: unknown): RunEvent | null {
  if (!isRecord(value) || typeof value.type !== 'string' || !TYPES.includes(value.type)) return null;
  const at = value.at;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return null;
  const item = typeof value.item === 'string' && value.item !== '' ? { item: value.item } : {};
  switch (value.type) {
    case 'start':
      return value.late === 'shift' || value.late === 'keepEnd'
        ? { type: 'start', at, late: value.late, ...item }
        : { type: 'start', at, ...item };
    case 'extend':
      return typeof value.minutes === 'number' && Number.isFinite(value.minutes) && value.minutes > 0
        ? { type: 'extend', at, minutes: Math.min(value.minutes, 600), ...item }
        : null;
    case 'mode':
      return value.mode === 'manual' || value.mode === 'auto' ? { type: 'mode', at, mode: value.mode } : null;
    case 'next':
      return value.item === null ? { type: 'next', at, item: null } : { type: 'next', at, ...item };
    case 'previous':
      return { type: 'previous', at, ...item };
    default:
      return { type: value.type as 'pause' | 'resume', at };
  }
}

/** The stored run field (optional, any JSON) as events; anything unreadable is dropped. */
export function readRunEvents(value: unknown): RunEvent[] {
  if (!Array.isArray(value)) return [];
  return value.map(parseRunEvent).filter((e): e is RunEvent => e !== null);
}

/**
 * True when `shorter` is an older state of `longer` (same events, fewer of them). A window that
 * just appended events uses this to ignore its own earlier write arriving late.
 */
export function isStrictPrefix(shorter: readonly RunEvent[], longer: readonly RunEvent[]): boolean {
  return (
    shorter.length < longer.length && shorter.every((e, i) => JSON.stringify(e) === JSON.stringify(longer[i]))
  );
}
