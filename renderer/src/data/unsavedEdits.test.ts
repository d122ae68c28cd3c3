import { describe, expect, it, vi } from 'vitest';
import { createUnsavedEditsRegistry } from './unsavedEdits';

describe('unsaved edits registry', () => {
  it('flushes every registered editor and reports unsaved while any has pending edits', async () => {
    const registry = createUnsavedEditsRegistry();
    let dirty = true;
    const a = { flush: vi.fn(async () => void (dirty = false)), hasUnsaved: () => dirty };
    const b = { flush: vi.fn(async () => undefined), hasUnsaved: () => false };
    registry.register(a);
    registry.register(b);
    expect(registry.hasUnsaved()).toBe(true);
    await registry.flush();
    expect(a.flush).toHaveBeenCalledTimes(1);
    expect(b.flush).toHaveBeenCalledTimes(1);
    expect(registry.hasUnsaved()).toBe(false);
  });

  it('still flushes the others when one editor fails, and forgets an unregistered editor', async () => {
    const registry = createUnsavedEditsRegistry();
    const failing = { flush: vi.fn(async () => Promise.reject(new Error('quota'))), hasUnsaved: () => true };
    const ok = { flush: vi.fn(async () => undefined), hasUnsaved: () => false };
    const unregister = registry.register(failing);
    registry.register(ok);
    await expect(registry.flush()).resolves.toBeUndefined();
    expect(ok.flush).toHaveBeenCalled();
    unregister();
    expect(registry.hasUnsaved()).toBe(false);
  });

  it('waits for writes under way before a flush resolves, without calling them unsaved', async () => {
    const registry = createUnsavedEditsRegistry();
    let finish!: () => void;
    const write = registry.track(new Promise<void>((resolve) => (finish = resolve)));
    const failed = registry.track(Promise.reject(new Error('quota')));
    await expect(failed).rejects.toThrow('quota');
    expect(registry.hasUnsaved()).toBe(false);
    let flushed = false;
    const flush = registry.flush().then(() => (flushed = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(flushed).toBe(false);
    finish();
    await write;
    await flush;
    expect(flushed).toBe(true);
  });
});
