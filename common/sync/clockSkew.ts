/**
 * The clock-skew cap, written once. The server refuses a push whose HLCs run more than
 * `MAX_CLOCK_SKEW_MS` ahead of its clock (docs/sync-protocol.md, `clock_skew`), so a client
 * must never let its own clock adopt an HLC that far ahead — from a pulled change of a broken or
 * hostile peer, or from a backup written on a machine whose clock was wrong — or every later push
 * of this device would fail for good. One second of margin absorbs the trip to the server.
 */
import { formatHlc, parseHlc, type Hlc, type HlcClock } from './hlc';
import { MAX_CLOCK_SKEW_MS } from './protocol';

/** The latest wall time (ms) a local clock may reach at `nowMs`. */
export function skewLimitMs(nowMs: number): number {
  return nowMs + MAX_CLOCK_SKEW_MS - 1000;
}

/** Whether `hlc` lies beyond what the server accepts from this device at `nowMs`. */
export function isTooFarAhead(hlc: Hlc, nowMs: number): boolean {
  return parseHlc(hlc).millis > skewLimitMs(nowMs);
}

/**
 * The greatest HLC a server with wall clock `nowMs` accepts in a push (`clock_skew` above it).
 * HLCs sort as plain strings, so one comparison with it replaces parsing an HLC.
 */
export function serverAcceptLimit(nowMs: number): Hlc {
  return formatHlc({ millis: nowMs + MAX_CLOCK_SKEW_MS, counter: 0xffff, node: 'ffffffffffffffff' });
}

/** `hlc`, or for one too far ahead the latest HLC of the same node the server accepts. */
export function capToSkewLimit(hlc: Hlc, nowMs: number): Hlc {
  if (!isTooFarAhead(hlc, nowMs)) return hlc;
  return formatHlc({ millis: skewLimitMs(nowMs), counter: 0, node: parseHlc(hlc).node });
}

/**
 * Moves a local clock that ran past the limit (its wall clock was ahead and was set right, or an
 * older version adopted a far-future HLC from a pull) back to the limit, so its next HLCs pass the
 * server again. Returns whether it moved. Writes it issued before stay above; see `restampAhead`.
 */
export function holdClockBack(clock: HlcClock, nowMs: number): boolean {
  if (!isTooFarAhead(clock.lastHlc, nowMs)) return false;
  clock.restartAt(skewLimitMs(nowMs));
  return true;
}
