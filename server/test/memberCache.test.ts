/** The short-lived member look-up cache in front of `findMemberByTokenHash`. */
import { describe, expect, it } from 'vitest';
import { MemberCache } from '../src/auth';
import type { MemberAccess, Storage } from '../src/storage/storage';

function fakeStorage(members: Map<string, MemberAccess>): { storage: Storage; calls: () => number } {
  let calls = 0;
  const storage = {
    findMemberByTokenHash: async (hash: string) => {
      calls++;
      return members.get(hash) ?? null;
    },
  } as Partial<Storage> as Storage; // only the look-up is used
  return { storage, calls: () => calls };
}

describe('MemberCache', () => {
  const alice: MemberAccess = { memberId: 'm1', workspaceId: 'w1' };

  it('remembers a hit for the TTL, then asks again (a removed member loses access)', async () => {
    let now = 0;
    const members = new Map([['h1', alice]]);
    const { storage, calls } = fakeStorage(members);
    const cache = new MemberCache(1000, 10, () => now);
    expect(await cache.find(storage, 'h1')).toEqual(alice);
    expect(await cache.find(storage, 'h1')).toEqual(alice);
    expect(calls()).toBe(1);
    members.delete('h1');
    now = 1000;
    expect(await cache.find(storage, 'h1')).toBeNull();
  });

  it('never remembers a miss, so a token made by another process works at once', async () => {
    const members = new Map<string, MemberAccess>();
    const { storage, calls } = fakeStorage(members);
    const cache = new MemberCache();
    expect(await cache.find(storage, 'h2')).toBeNull();
    members.set('h2', alice);
    expect(await cache.find(storage, 'h2')).toEqual(alice);
    expect(calls()).toBe(2);
  });

  it('is bounded and forgets everything on clear()', async () => {
    const members = new Map(Array.from({ length: 5 }, (_x, i) => [`h${i}`, alice] as const));
    const { storage, calls } = fakeStorage(members);
    const cache = new MemberCache(60_000, 2);
    for (const h of ['h0', 'h1', 'h2']) await cache.find(storage, h);
    await cache.find(storage, 'h0'); // evicted as the oldest
    expect(calls()).toBe(4);
    cache.clear();
    await cache.find(storage, 'h2');
    expect(calls()).toBe(5);
  });
});
