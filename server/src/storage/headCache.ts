/**
 * Each workspace's sequence head, remembered per process, so that a client already up to date
 * (the poll connected clients make nearly all the time) gets its empty page without a database
 * round trip.
 *
 * Why this cannot break the pull contract (docs/sync-protocol.md §6):
 * - A remembered head is only ever a value that was committed: a head read from the database,
 *   the sequence number a push of this process committed, or one another process announced
 *   after its commit (PostgreSQL `NOTIFY` is delivered only on commit). Heads only grow and the
 *   cache only ever moves an entry up (`max`), so a remembered head can be stale-LOW (a newer
 *   commit not seen yet) but never stale-HIGH.
 * - The cache answers exactly one question: a cursor equal to the remembered head gets "no
 *   changes, the same cursor, hasMore false". From a stale-low head that only delays this client
 *   until a later poll; it never skips a row, because the cursor does not advance past anything
 *   unseen. Every other case — a cursor behind the head (rows to send), ahead of it (maybe a
 *   reset database → 410, maybe just a stale entry), or no entry — goes to the database. The
 *   cache never advances a cursor and never answers 410.
 * - A lost notification could leave an entry stale-low indefinitely, so entries older than
 *   `maxAgeMs` count as absent: such a client is delayed at most that long.
 * - While the process is not sure to hear notifications (before `LISTEN` took effect, after the
 *   listening connection failed) the cache is empty and disabled; every poll reads the database.
 *   A database read stores its head only if listening was on for the whole read, so no commit
 *   announced while nobody listened can hide behind an entry.
 * - Only the pull route consults it, after the access check: a token reaches the pull of its own
 *   workspace only, so an entry never answers for a workspace the caller cannot see (404 as before).
 *   A database restored to an older state (a head that went down) is seen within `maxAgeMs`.
 */
export class HeadCache {
  private readonly entries = new Map<string, { head: number; at: number }>();
  /** Workspaces whose head is being re-read ahead of expiry (one read at a time each). */
  private readonly renewing = new Set<string>();
  private enabled: boolean;
  /** Bumped whenever listening stops, so reads that overlapped the gap store nothing. */
  private generation = 0;

  constructor(
    readonly maxAgeMs = 2000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
    enabled = false,
  ) {
    this.enabled = enabled;
  }

  /** The remembered head of a workspace if it is fresh, else undefined (read the database). */
  get(workspaceId: string): number | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(workspaceId);
    if (!entry) return undefined;
    if (this.now() - entry.at >= this.maxAgeMs) {
      this.entries.delete(workspaceId);
      return undefined;
    }
    return entry.head;
  }

  /**
   * For an entry past half its life, a read token to renew it in the background while it still
   * answers; null if none is due or one is already running. Without this, every poller of a busy
   * workspace would miss at once when the entry expires and queue for the pool together.
   * Pass the outcome to `endRenewal`.
   */
  startRenewal(workspaceId: string): { generation: number; at: number } | null {
    const entry = this.entries.get(workspaceId);
    if (!this.enabled || !entry || this.renewing.has(workspaceId)) return null;
    const now = this.now();
    if (now - entry.at < this.maxAgeMs / 2) return null;
    this.renewing.add(workspaceId);
    return { generation: this.generation, at: now };
  }

  /** Ends a renewal; `head` is what the database said, or null if the read failed. */
  endRenewal(workspaceId: string, head: number | null, read: { generation: number; at: number }): void {
    this.renewing.delete(workspaceId);
    if (head !== null) this.learnRead(workspaceId, head, read);
  }

  /** A token to pass to `learnRead` for a head about to be read from the database. */
  beginRead(): { generation: number; at: number } | null {
    return this.enabled ? { generation: this.generation, at: this.now() } : null;
  }

  /** Remembers a head read from the database, if listening stayed on during the read. */
  learnRead(workspaceId: string, head: number, read: { generation: number; at: number } | null): void {
    if (read && this.enabled && read.generation === this.generation) {
      // The read saw the head as it was at `read.at` or later: that also renews an equal entry.
      this.raise(workspaceId, head, read.at, true);
    }
  }

  /** A head known committed (a push of this process after commit, or a notification). */
  learnCommitted(workspaceId: string, head: number): void {
    // An equal value renews nothing: it says nothing about commits after it (a lost notification).
    if (this.enabled) this.raise(workspaceId, head, this.now(), false);
  }

  /** Listening took effect: from now on every commit is announced to this process. */
  listening(): void {
    this.entries.clear();
    this.enabled = true;
  }

  /** Listening stopped or failed: forget everything and read the database until it is back. */
  deaf(): void {
    this.enabled = false;
    this.generation++;
    this.entries.clear();
  }

  private raise(workspaceId: string, head: number, at: number, renewEqual: boolean): void {
    const entry = this.entries.get(workspaceId);
    if (entry) {
      // Never down: a smaller value is an older commit (a late notification), not news.
      if (head < entry.head || (head === entry.head && !renewEqual)) return;
      entry.head = head;
      entry.at = Math.max(entry.at, at);
      return;
    }
    // Bounded: every process hears every workspace's commits; the oldest entry goes first.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value ?? '');
    this.entries.set(workspaceId, { head, at });
  }
}
