/**
 * Bearer tokens (docs/sync-protocol.md §4): member tokens are 32 random bytes, shown once and stored as
 * their SHA-256; the admin token comes from the environment and is compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MemberAccess, Storage } from './storage/storage';

export type Principal = { kind: 'admin' } | { kind: 'member'; memberId: string; workspaceId: string };

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The token of an `Authorization: Bearer <token>` header, or null. The scheme name is
 * case-insensitive (RFC 9110 §11.1), so `bearer …` from another client is the same credential.
 */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +([A-Za-z0-9._~+/=-]{1,512})$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Member look-ups by token hash, remembered briefly. Every push and pull starts with this
 * look-up; an up-to-date client's poll is otherwise almost nothing, so under load the query is
 * much of the cost (on PostgreSQL a round trip). Only hits are kept — a token created by another
 * server process works at once — and at most `ttlMs`, so a member removed through another
 * process loses access within that time; `clear()` drops everything when this process changes members.
 */
export class MemberCache {
  private readonly entries = new Map<string, { member: MemberAccess; until: number }>();

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async find(storage: Storage, tokenHash: string): Promise<MemberAccess | null> {
    const hit = this.entries.get(tokenHash);
    if (hit && hit.until > this.now()) return hit.member;
    const member = await storage.findMemberByTokenHash(tokenHash);
    if (hit) this.entries.delete(tokenHash);
    if (member) {
      // Bounded: a flood of distinct valid tokens cannot grow memory; the oldest entry goes first.
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value ?? '');
      this.entries.set(tokenHash, { member, until: this.now() + this.ttlMs });
    }
    return member;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Who holds this token, or null for an unknown token (401). */
export async function authenticate(
  storage: Storage,
  adminToken: string | undefined,
  token: string,
  members: MemberCache,
): Promise<Principal | null> {
  const hash = hashToken(token);
  // Hashes have equal length, so the comparison time does not reveal the admin token.
  if (adminToken && timingSafeEqual(Buffer.from(hash), Buffer.from(hashToken(adminToken)))) {
    return { kind: 'admin' };
  }
  const member = await members.find(storage, hash);
  return member ? { kind: 'member', ...member } : null;
}
