import { describe, expect, it, vi } from 'vitest';
import { submitAdd } from './submitAdd';

/** A write the test settles by hand, to see what happens before and after it lands. */
function pendingWrite() {
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

describe('submitAdd', () => {
  it('does not write while the required text is blank', () => {
    const add = vi.fn(() => Promise.resolve());
    const reset = vi.fn();
    expect(submitAdd({ ready: false, add, reset })).toBeUndefined();
    expect(add).not.toHaveBeenCalled();
    expect(reset).not.toHaveBeenCalled();
  });

  it('clears the fields only once the record is stored', async () => {
    const write = pendingWrite();
    const reset = vi.fn();
    const done = submitAdd({ ready: true, add: () => write.promise, reset });
    await Promise.resolve();
    expect(reset).not.toHaveBeenCalled();
    write.resolve();
    await done;
    expect(reset).toHaveBeenCalledOnce();
  });

  it('leaves fields typed into while the write was under way (the next note, typed at once)', async () => {
    const write = pendingWrite();
    const reset = vi.fn();
    let typed = false;
    const done = submitAdd({ ready: true, add: () => write.promise, reset, changedSince: () => typed });
    typed = true;
    write.resolve();
    await done;
    expect(reset).not.toHaveBeenCalled();
  });

  it('keeps the fields and reports the error when the write fails', async () => {
    const reset = vi.fn();
    const onError = vi.fn();
    const failure = new Error('QuotaExceededError');
    await submitAdd({ ready: true, add: () => Promise.reject(failure), reset, onError });
    expect(reset).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith(failure);
  });

  it('neither writes nor clears when another field is not valid (add returns nothing)', () => {
    const reset = vi.fn();
    expect(submitAdd({ ready: true, add: () => undefined, reset })).toBeUndefined();
    expect(reset).not.toHaveBeenCalled();
  });
});
