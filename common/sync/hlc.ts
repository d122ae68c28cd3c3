/**
 * Hybrid logical clock (docs/sync-protocol.md): `<ISO-8601 UTC ms>-<4 hex counter>-<16 hex node id>`.
 * The fixed-width layout makes plain string comparison equal causal order, so HLCs can be
 * compared with `<` and stored in indexes without parsing.
 */

import { v4 as uuidv4 } from 'uuid';

export type Hlc = string;

export const HLC_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$/;
export const NODE_ID_PATTERN = /^[0-9a-f]{16}$/;
const MAX_COUNTER = 0xffff;

export interface HlcParts {
  /** Milliseconds since the epoch. */
  millis: number;
  counter: number;
  node: string;
}

/**
 * An HLC as the contract writes it: the pattern, and a time part that is exactly what
 * `toISOString` makes of some instant — a real calendar date and time of day. V8's `Date.parse`
 * alone is lenient (it takes `2026-02-30T…` as March 2 and `…T24:00:00.000Z` as the next day), so
 * the time is parsed and formatted back. What every new write (a pushed op's `hlc`) must be.
 */
export function isHlc(value: unknown): value is Hlc {
  if (!isReadableHlc(value)) return false;
  const time = value.slice(0, 24);
  return new Date(Date.parse(time)).toISOString() === time;
}

/**
 * An HLC that can be read and ordered: the pattern, and a time part V8 parses. Servers before
 * revision 1.8 stored every op HLC of this kind, so stored values (pulled fields, a `baseHlc`
 * naming one, backups) are checked with this; they compare as strings like any other HLC.
 */
export function isReadableHlc(value: unknown): value is Hlc {
  return (
    typeof value === 'string' && HLC_PATTERN.test(value) && !Number.isNaN(Date.parse(value.slice(0, 24)))
  );
}

export function formatHlc({ millis, counter, node }: HlcParts): Hlc {
  if (counter < 0 || counter > MAX_COUNTER) throw new RangeError(`HLC counter out of range: ${counter}`);
  if (!NODE_ID_PATTERN.test(node)) throw new RangeError(`HLC node id must be 16 hex digits: ${node}`);
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

export function parseHlc(hlc: Hlc): HlcParts {
  if (!isReadableHlc(hlc)) throw new TypeError(`Not an HLC: ${hlc}`);
  return {
    millis: Date.parse(hlc.slice(0, 24)),
    counter: parseInt(hlc.slice(25, 29), 16),
    node: hlc.slice(30),
  };
}

/** The greater of two HLCs (null-safe). */
export function maxHlc(a: Hlc | null | undefined, b: Hlc | null | undefined): Hlc | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

/**
 * A clock for one node. `now()` returns an HLC greater than every HLC this clock produced or
 * `observe()`d, so local writes always win over what the node has already seen.
 */
export class HlcClock {
  private last: HlcParts;

  constructor(
    readonly node: string,
    private readonly wallClock: () => number = Date.now,
    lastSeen: Hlc | null = null,
  ) {
    if (!NODE_ID_PATTERN.test(node)) throw new RangeError(`HLC node id must be 16 hex digits: ${node}`);
    this.last = lastSeen ? parseHlc(lastSeen) : { millis: 0, counter: 0, node };
  }

  now(): Hlc {
    const wall = this.wallClock();
    if (wall > this.last.millis) {
      this.last = { millis: wall, counter: 0, node: this.node };
    } else if (this.last.counter < MAX_COUNTER) {
      this.last = { millis: this.last.millis, counter: this.last.counter + 1, node: this.node };
    } else {
      // Counter exhausted within one millisecond: borrow the next millisecond rather than repeat.
      this.last = { millis: this.last.millis + 1, counter: 0, node: this.node };
    }
    return formatHlc(this.last);
  }

  /** Move the clock past a remote HLC so the next local write sorts after it. */
  observe(remote: Hlc): void {
    const r = parseHlc(remote);
    if (r.millis > this.last.millis || (r.millis === this.last.millis && r.counter > this.last.counter)) {
      this.last = { millis: r.millis, counter: r.counter, node: this.node };
    }
  }

  /**
   * Starts the clock again from `millis`, also backwards. Only for a clock that must stay near
   * the wall clock (the server's, once its wall clock was set back): after it, `now()` may return
   * an HLC below ones issued before, so callers must still observe the HLCs they need to follow.
   */
  restartAt(millis: number): void {
    this.last = { millis, counter: 0, node: this.node };
  }

  /** The last HLC issued or observed; persist it so a restart never goes backwards. */
  get lastHlc(): Hlc {
    return formatHlc({ ...this.last, node: this.node });
  }
}

/** A random 16-hex-digit node id for a new install. */
export function newNodeId(): string {
  // uuid v4 carries 122 random bits; 64 of them are plenty to tell installs apart.
  return uuidv4().replace(/-/g, '').slice(0, 16);
}
