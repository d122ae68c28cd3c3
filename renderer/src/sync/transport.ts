/** The two sync endpoints over `fetch`, with every failure turned into a `SyncFailure`. */
import {
  PROTOCOL_VERSION,
  type Mutation,
  type PullResponse,
  type PushResponse,
} from '../../../common/sync/protocol';
import { MAX_PULL_LIMIT } from '../../../common/sync/protocol';
import { classifyFailure, type SyncFailure } from '../../../common/sync/client/failure';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export class SyncError extends Error {
  constructor(readonly failure: SyncFailure) {
    super(`sync failed: ${failure.kind}${'detail' in failure ? ` (${failure.detail})` : ''}`);
    this.name = 'SyncError';
  }
}

const REQUEST_TIMEOUT_MS = 30_000;

function isPushResponse(v: unknown): v is PushResponse {
  const r = v as PushResponse | null;
  return (
    !!r && Number.isSafeInteger(r.lastMutationId) && Array.isArray(r.rejected) && Array.isArray(r.conflicts)
  );
}

function isPullResponse(v: unknown): v is PullResponse {
  const r = v as PullResponse | null;
  return !!r && Array.isArray(r.changes) && typeof r.cursor === 'string' && typeof r.hasMore === 'boolean';
}

export class SyncHttp {
  private readonly base: string;

  constructor(
    serverUrl: string,
    private readonly workspaceId: string,
    private readonly token: string,
    private readonly fetchFn: FetchLike = (url, init) => fetch(url, init),
  ) {
    this.base = `${serverUrl.replace(/\/+$/, '')}/v1/workspaces/${encodeURIComponent(workspaceId)}`;
  }

  push(clientId: string, mutations: Mutation[]): Promise<PushResponse> {
    const body = JSON.stringify({ protocol: PROTOCOL_VERSION, clientId, mutations });
    return this.request(`${this.base}/push`, { method: 'POST', body }, isPushResponse);
  }

  pull(cursor: string | null, limit = MAX_PULL_LIMIT): Promise<PullResponse> {
    const q = new URLSearchParams({ limit: String(limit) });
    if (cursor) q.set('cursor', cursor);
    return this.request(`${this.base}/pull?${q}`, { method: 'GET' }, isPullResponse);
  }

  private async request<T>(url: string, init: RequestInit, valid: (v: unknown) => v is T): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (init.body) headers['content-type'] = 'application/json';
    let res: Response;
    let body: unknown;
    try {
      res = await this.fetchFn(url, { ...init, headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      body = await res.json().catch(() => null);
    } catch (e) {
      throw new SyncError({ kind: 'network', detail: e instanceof Error ? e.message : String(e) });
    }
    if (!res.ok) throw new SyncError(classifyFailure(res.status, body));
    if (!valid(body))
      throw new SyncError({ kind: 'server', status: res.status, detail: 'unexpected answer' });
    return body;
  }
}
