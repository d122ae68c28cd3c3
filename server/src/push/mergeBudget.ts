/**
 * How much text-merge work one push may do. A merge is CPU time inside the workspace's write
 * lock (and on the event loop), roughly linear in the characters it reads: base, stored and sent
 * text. Measured on this project's machines: ~30 ms for a clean merge of ~800,000-character texts,
 * ~8 ms when the sent text is short. The budget allows a handful of merges of million-character
 * texts (~100-200 ms); a `text` op whose merge would pass it becomes a conflict record instead.
 */
export const MERGE_BUDGET_CHARS = 16_000_000;

/** Counts a push's merge work against its budget. */
export class MergeBudget {
  private spent = 0;

  constructor(private readonly limit = MERGE_BUDGET_CHARS) {}

  /** Takes `chars` from the budget if they fit; false (nothing taken) if they do not. */
  take(chars: number): boolean {
    if (this.spent + chars > this.limit) return false;
    this.spent += chars;
    return true;
  }

  /** Characters merged so far in this push. */
  get used(): number {
    return this.spent;
  }
}
