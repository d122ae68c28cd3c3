import { describe, expect, it } from 'vitest';
import { facilitatorCommandForKey, presenterCommandForKey, runActionFor } from './runCommands';

const press = (
  key: string,
  extra: Partial<{
    altKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    repeat: boolean;
    isComposing: boolean;
  }> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...extra,
});

describe('presenterCommandForKey', () => {
  it('maps a presenter remote: → / PageDown next, ← / PageUp previous, Space toggle, + extend', () => {
    expect(presenterCommandForKey(press('ArrowRight'))).toBe('next');
    expect(presenterCommandForKey(press('PageDown'))).toBe('next');
    expect(presenterCommandForKey(press('ArrowLeft'))).toBe('previous');
    expect(presenterCommandForKey(press('PageUp'))).toBe('previous');
    expect(presenterCommandForKey(press(' '))).toBe('toggle');
    expect(presenterCommandForKey(press('+'))).toBe('extend');
  });

  it('ignores a held key, a modifier chord, IME composition and other keys', () => {
    expect(presenterCommandForKey(press('PageDown', { repeat: true }))).toBeNull();
    expect(presenterCommandForKey(press('ArrowRight', { altKey: true }))).toBeNull();
    expect(presenterCommandForKey(press('PageDown', { ctrlKey: true }))).toBeNull();
    expect(presenterCommandForKey(press(' ', { isComposing: true }))).toBeNull();
    expect(presenterCommandForKey(press('Enter'))).toBeNull();
    expect(presenterCommandForKey(press('b'))).toBeNull();
  });
});

describe('facilitatorCommandForKey', () => {
  it('keeps the page keys for scrolling the run screen', () => {
    expect(facilitatorCommandForKey(press('ArrowRight'))).toBe('next');
    expect(facilitatorCommandForKey(press('PageDown'))).toBeNull();
    expect(facilitatorCommandForKey(press('PageUp'))).toBeNull();
  });
});

describe('runActionFor', () => {
  it('toggles by state and maps the rest directly', () => {
    expect(runActionFor('toggle', 'idle')).toEqual({ type: 'start' });
    expect(runActionFor('toggle', 'running')).toEqual({ type: 'pause' });
    expect(runActionFor('toggle', 'paused')).toEqual({ type: 'resume' });
    expect(runActionFor('next', 'running')).toEqual({ type: 'next' });
    expect(runActionFor('previous', 'finished')).toEqual({ type: 'previous' });
    expect(runActionFor('extend', 'running')).toEqual({ type: 'extend', minutes: 1 });
  });
});
