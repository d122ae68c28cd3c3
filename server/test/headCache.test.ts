/** The per-process workspace head cache: it may lag (stale-low), never run ahead (stale-high). */
import { describe, expect, it } from 'vitest';
import { HeadCache } from '../src/storage/headCache';

describe('HeadCache', () => {
  it('answers nothing until listening, and forgets everything when listening stops', () => {
    const cache = new HeadCache(2000, 10, () => 0);
    cache.learnCommitted('w', 5);
    cache.learnRead('w', 5, cache.beginRead());
    expect(cache.get('w')).toBeUndefined();
    cache.listening();
    cache.learnCommitted('w', 5);
    expect(cache.get('w')).toBe(5);
    cache.deaf();
    expect(cache.get('w')).toBeUndefined();
    cache.learnCommitted('w', 6);
    expect(cache.get('w')).toBeUndefined();
  });

  it('never moves a head down (a late notification or an older read)', () => {
    const cache = new HeadCache(2000, 10, () => 0, true);
    cache.learnCommitted('w', 7);
    cache.learnCommitted('w', 3);
    cache.learnRead('w', 4, cache.beginRead());
    expect(cache.get('w')).toBe(7);
  });

  it('treats entries older than the cap as absent (a lost notification delays a client at most that long)', () => {
    let now = 0;
    const cache = new HeadCache(2000, 10, () => now, true);
    cache.learnCommitted('w', 1);
    now = 1999;
    // A repeated announcement of the same head is no evidence that nothing came after it.
    cache.learnCommitted('w', 1);
    expect(cache.get('w')).toBe(1);
    now = 2000;
    expect(cache.get('w')).toBeUndefined();
    // A database read, though, saw the head as it is: it renews.
    cache.learnRead('w', 1, cache.beginRead());
    now = 3999;
    expect(cache.get('w')).toBe(1);
  });

  it('keeps nothing from a read that overlapped a gap in listening', () => {
    const cache = new HeadCache(2000, 10, () => 0, true);
    const before = cache.beginRead();
    cache.deaf();
    cache.listening();
    cache.learnRead('w', 4, before);
    expect(cache.get('w')).toBeUndefined();
    expect(cache.beginRead()).not.toBeNull();
  });

  it('is bounded, dropping the oldest workspace first', () => {
    const cache = new HeadCache(2000, 2, () => 0, true);
    cache.learnCommitted('a', 1);
    cache.learnCommitted('b', 1);
    cache.learnCommitted('c', 1);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 1, 1]);
  });
});

describe('HeadCache renewal', () => {
  it('renews an entry past half its life, one read at a time, and the read result counts', () => {
    let now = 0;
    const cache = new HeadCache(2000, 10, () => now, true);
    cache.learnRead('w', 3, cache.beginRead());
    expect(cache.startRenewal('w')).toBeNull(); // still young
    now = 1000;
    const read = cache.startRenewal('w');
    expect(read).not.toBeNull();
    expect(cache.startRenewal('w')).toBeNull(); // already running
    cache.endRenewal('w', 4, read!);
    now = 2999;
    expect(cache.get('w')).toBe(4);
    expect(cache.startRenewal('other')).toBeNull(); // nothing to renew
  });

  it('lets a failed renewal expire the entry as usual', () => {
    let now = 0;
    const cache = new HeadCache(2000, 10, () => now, true);
    cache.learnCommitted('w', 3);
    now = 1500;
    cache.endRenewal('w', null, cache.startRenewal('w')!);
    now = 2000;
    expect(cache.get('w')).toBeUndefined();
  });
});
