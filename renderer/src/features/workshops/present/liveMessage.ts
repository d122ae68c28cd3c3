/**
 * The projector message as the presenter shows it: what the facilitator is typing (sent through the
 * presenter channel) until something else is saved. The saved message lags the typed one — it is
 * written on Enter or blur and reaches this window later — so a saved value the facilitator already
 * knew (`base`, or the text itself) or the one seen when the typing arrived does not replace it:
 * going back to an older text for a moment would flicker. Any other saved value (another device
 * through sync, a reset) wins.
 */
export interface LiveMessage {
  text: string;
  base: string;
  /** The saved message this window had when the typed text arrived. */
  seen: string;
}

export function shownMessage(saved: string, live: LiveMessage | null): string {
  if (live === null) return saved;
  return saved === live.seen || saved === live.base || saved === live.text ? live.text : saved;
}
