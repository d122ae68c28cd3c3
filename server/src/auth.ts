/**
 * Bearer tokens (SYNC.md "Auth"): member tokens are 32 random bytes, shown once and stored as
 * their SHA-256; the admin token comes from the environment and is compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Storage } from './storage/storage';

export type Principal = { kind: 'admin' } | { kind: 'member'; memberId: string; workspaceId: string };

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,512})$/.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Who holds this token, or null for an unknown token (401). */
export async function authenticate(
  storage: Storage,
  adminToken: string | undefined,
  token: string,
): Promise<Principal | null> {
  const hash = hashToken(token);
  // Hashes have equal length, so the comparison time does not reveal the admin token.
  if (adminToken && timingSafeEqual(Buffer.from(hash), Buffer.from(hashToken(adminToken)))) {
    return { kind: 'admin' };
  }
  const member = await storage.findMemberByTokenHash(hash);
  return member ? { kind: 'member', ...member } : null;
}
