/**
 * One attempt of a push (see pushOutbox.ts for the loop around it). Two things overlap the
 * network to keep a large initial push fast, and both are strictly ordered:
 * - planning: the outbox is read and numbered page by page, the next page while this page's
 *   requests are on the wire; a page's plan is persisted before any of its mutations is sent,
 *   and the next page is read only once a request is on the wire (reading decodes entries on
 *   this thread, which would otherwise hold the request up);
 * - bookkeeping: request n+1 leaves (after its sentMid is saved) while the answer to request n is
 *   recorded; requests stay sequential, and each answer is handled only after the previous
 *   acknowledgement committed.
 * Before anything else changes the plan (a refusal, a new identity), whatever is still running
 * is awaited, so mids always follow the order of the outbox.
 */
import {
  chunkMutations,
  type PlannedMutation,
  type PlanLimits,
  type PushLimits,
} from '../../../../common/sync/client/plan';
import type { PendingEntry } from '../../../../common/sync/client/plan';
import type { Mutation, PushResponse } from '../../../../common/sync/protocol';
import type { KyosoDb } from '../../data/db';
import { SyncError, pushBody, type SyncHttp } from '../transport';
import { readState } from '../state';
import { acknowledgePush } from './acknowledge';
import { markSent, newIdentity } from './identity';
import { build, PAGE_REQUESTS, planFirst, planNext, type Built, type Page } from './outboxPages';
import type { AttemptEnd, PushOptions } from './pushOutbox';
import { isolateEntries, refusedForContent, setAside } from './setAside';

const sumSeqs = (ms: PlannedMutation[]) => ms.reduce((n, m) => n + m.seqs.length, 0);

export class PushAttempt {
  private readonly built: Built = new Map();
  /** Every mutation planned in this attempt and the entries they are built from. */
  private planned: PlannedMutation[] = [];
  private entries = new Map<number, PendingEntry>();
  private total = 0;
  private pushed = 0;
  /** Whether an acknowledgement left entries of a rejected mutation queued, to send one by one. */
  private isolated = false;
  /** The acknowledgement being recorded, if any. */
  private acking: Promise<void> | null = null;
  /** The next page being planned, if any. */
  private next: Promise<Page> | null = null;
  /** The last page planned whose successor is not being planned yet. */
  private ahead: Page | null = null;

  constructor(
    private readonly db: KyosoDb,
    private readonly ws: string,
    private readonly http: SyncHttp,
    private readonly options: PushOptions,
    private readonly planLimits: PlanLimits,
    private readonly chunkLimits: PushLimits,
  ) {}

  async run(): Promise<AttemptEnd> {
    try {
      return await this.send();
    } catch (error) {
      return { kind: 'failed', error };
    } finally {
      // Never leave an acknowledgement or a page being planned running behind the handling of the end.
      await this.settle().catch(() => undefined);
      await this.drain().catch(() => undefined);
    }
  }

  private async send(): Promise<AttemptEnd> {
    const { db, ws } = this;
    const first = await planFirst(db, ws, this.planLimits, this.built);
    if (first.planned.length === 0 && !first.more) return { kind: 'done' };
    this.planned = [...first.planned];
    this.entries = first.entries;
    this.total = first.more
      ? Math.max(sumSeqs(this.planned), await db.outbox.count())
      : sumSeqs(this.planned);
    this.report();
    this.ahead = first;
    const { clientId } = await readState(db, ws);

    let answer: PushResponse | null = null;
    // Planned and persisted, not sent yet.
    let queue = build(first.planned, this.entries, this.built);
    let prepared: { chunk: Mutation[]; body: Blob } | null = null;
    for (;;) {
      const chunks = chunkMutations(queue, this.chunkLimits);
      // While more of the outbox is being planned, the last chunk (maybe not full) waits for it,
      // so requests stay as full as without pages.
      const morePlanning = this.next !== null || (this.ahead?.more ?? false);
      const ready = morePlanning ? chunks.slice(0, -1) : chunks;
      if (ready.length === 0) {
        if (!morePlanning) break;
        queue = [...queue, ...(await this.nextPage())];
        continue;
      }
      queue = chunks.slice(ready.length).flat();
      for (let i = 0; i < ready.length; i++) {
        const chunk = ready[i]!;
        // sentMid is saved before the request leaves; its transaction is opened before the
        // acknowledgement's, so the request does not wait for that one to commit.
        const marking = markSent(db, ws, chunk[chunk.length - 1]!.mid);
        if (answer) this.startAck(answer);
        answer = null;
        const sentMid = await marking;
        const body = prepared?.chunk === chunk ? prepared.body : pushBody(clientId, chunk);
        const sent = this.http.pushBody(body);
        this.planAhead();
        // The next body is built while this request is on the wire.
        const after = ready[i + 1];
        prepared = after ? { chunk: after, body: pushBody(clientId, after) } : null;
        const result = await sent.then(
          (response) => ({ ok: true as const, response }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        await this.settle();
        if (!result.ok) {
          await this.drain();
          return this.refused(chunk, result.error, body.size);
        }
        if (result.response.lastMutationId > sentMid) {
          // The server counts mids this install never sent: another install shares this clientId
          // (e.g. restored from a backup) and our mids were taken for its replays. Nothing of this
          // answer is an acknowledgement; start over under a new identity (see resolveGap).
          await this.drain();
          const why = `server acknowledged mid ${result.response.lastMutationId}, sent ${sentMid}`;
          await newIdentity(db, ws, why);
          return { kind: 'identityReset' };
        }
        answer = result.response;
      }
    }
    if (answer) this.startAck(answer);
    await this.settle();
    // Entries of a rejected mutation wait to be sent one by one: plan again (progress each time).
    if (this.isolated) return { kind: 'narrowed', chunk: this.chunkLimits };
    return { kind: 'done' };
  }

  /** Waits for the page being planned (starting it if no request overlapped it) and queues its mutations. */
  private async nextPage(): Promise<Mutation[]> {
    this.planAhead();
    const page = await this.next!;
    this.next = null;
    this.ahead = page;
    this.planned.push(...page.planned);
    for (const [seq, e] of page.entries) this.entries.set(seq, e);
    this.total = page.more ? Math.max(this.total, sumSeqs(this.planned)) : sumSeqs(this.planned);
    return build(page.planned, page.entries, this.built);
  }

  /** Starts planning the page after `ahead`, sized to about `PAGE_REQUESTS` requests. */
  private planAhead(): void {
    const page = this.ahead;
    this.ahead = null;
    if (!page?.more) return;
    const perEntry = page.read ? Math.max(1, page.ops / page.read) : 1;
    const want = Math.ceil((PAGE_REQUESTS * this.chunkLimits.maxOps) / perEntry);
    const limit = Math.min(50_000, Math.max(500, want));
    this.next = planNext(this.db, this.ws, this.planLimits, page.cursor, limit, this.built);
    this.next.catch(() => undefined); // awaited by `nextPage` or `drain`; an error is raised there
  }

  /**
   * A request failed. A refusal for its content (a contract 400/413) narrows the plan around the
   * refused mutation: halve the chunk until one mutation is refused alone, split it into its outbox
   * entries, then set the one refused entry aside. Anything else ends the attempt as it is.
   */
  private async refused(chunk: Mutation[], error: unknown, bodyBytes: number): Promise<AttemptEnd> {
    const split = await this.splitForProxy(chunk, error, bodyBytes);
    if (split) return split;
    const { device } = this.options;
    const code = error instanceof SyncError && device ? refusedForContent(error.failure) : null;
    if (!code || !device) return { kind: 'failed', error };
    if (chunk.length > 1) {
      const maxMutations = Math.max(1, Math.floor(chunk.length / 2));
      return { kind: 'narrowed', chunk: { ...this.chunkLimits, maxMutations } };
    }
    const mutation = this.planned.find((m) => m.mid === chunk[0]!.mid)!;
    if (mutation.seqs.length > 1) {
      await isolateEntries(this.db, this.ws, mutation.mid);
    } else {
      const entry = this.entries.get(mutation.seqs[0]!)!;
      this.options.onSetAside?.(await setAside(this.db, this.ws, device, entry, code));
    }
    return { kind: 'narrowed', chunk: this.chunkLimits };
  }

  /**
   * A proxy in front of the server refused the request as too large (its own 413 page, e.g. nginx's
   * 1 MiB default): smaller requests may pass, so the rest of this push is sent in requests of at
   * most half this one's size. Nothing is set aside — the server never saw the request — and a
   * single mutation still too large ends the attempt as a transient failure the status explains.
   */
  private async splitForProxy(
    chunk: Mutation[],
    error: unknown,
    bodyBytes: number,
  ): Promise<AttemptEnd | null> {
    if (!(error instanceof SyncError) || error.failure.kind !== 'proxyRefused') return null;
    if (!error.failure.sizeRefused) return { kind: 'failed', error };
    const smaller = { ...this.chunkLimits, maxBytes: Math.max(1, Math.floor(bodyBytes / 2)) };
    if (chunk.length > 1) {
      return {
        kind: 'narrowed',
        chunk: { ...smaller, maxMutations: Math.max(1, Math.floor(chunk.length / 2)) },
      };
    }
    // One mutation built from several outbox entries: send each entry as its own mutation.
    const mutation = this.planned.find((m) => m.mid === chunk[0]!.mid)!;
    if (mutation.seqs.length < 2) return { kind: 'failed', error };
    await isolateEntries(this.db, this.ws, mutation.mid);
    return { kind: 'narrowed', chunk: smaller };
  }

  private startAck(response: PushResponse): void {
    this.acking = acknowledgePush(this.db, this.ws, response, this.options.device).then((ack) => {
      for (const s of ack.setAside) this.options.onSetAside?.(s);
      if (ack.isolated) this.isolated = true;
      this.pushed += sumSeqs(ack.done) - ack.isolated;
      this.report();
    });
    this.acking.catch(() => undefined); // awaited by `settle`; an error is raised there
  }

  private async settle(): Promise<void> {
    const acking = this.acking;
    this.acking = null;
    if (acking) await acking;
  }

  private async drain(): Promise<void> {
    const next = this.next;
    this.next = null;
    if (next) await next;
  }

  /** Outbox entries acknowledged in this attempt so far. */
  get acknowledged(): number {
    return this.pushed;
  }

  private report(): void {
    this.options.onProgress?.({ pushed: this.pushed, total: this.total });
  }
}
