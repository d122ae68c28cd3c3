import { describe, expect, it } from 'vitest';
import type { RunView } from '../../../../../common/workshops/run';
import { checkPress, facilitatorCommandForKey, presenterCommandForKey, runActionFor } from './runCommands';

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
  it('maps a presenter remote as slide software: → / PageDown / Space next, ← / PageUp previous, B / . pause', () => {
    expect(presenterCommandForKey(press('ArrowRight'))).toBe('next');
    expect(presenterCommandForKey(press('PageDown'))).toBe('next');
    expect(presenterCommandForKey(press(' '))).toBe('next');
    expect(presenterCommandForKey(press('ArrowLeft'))).toBe('previous');
    expect(presenterCommandForKey(press('PageUp'))).toBe('previous');
    expect(presenterCommandForKey(press('b'))).toBe('toggle');
    expect(presenterCommandForKey(press('B'))).toBe('toggle');
    expect(presenterCommandForKey(press('.'))).toBe('toggle');
    expect(presenterCommandForKey(press('+'))).toBe('extend');
  });

  it('ignores a held key, a modifier chord, IME composition and other keys', () => {
    expect(presenterCommandForKey(press('PageDown', { repeat: true }))).toBeNull();
    expect(presenterCommandForKey(press('ArrowRight', { altKey: true }))).toBeNull();
    expect(presenterCommandForKey(press('PageDown', { ctrlKey: true }))).toBeNull();
    expect(presenterCommandForKey(press(' ', { isComposing: true }))).toBeNull();
    expect(presenterCommandForKey(press('Enter'))).toBeNull();
    expect(presenterCommandForKey(press('a'))).toBeNull();
  });
});

describe('facilitatorCommandForKey', () => {
  it('steps the run with the page keys too (a remote on the facilitator’s laptop); Space toggles', () => {
    expect(facilitatorCommandForKey(press('ArrowRight'))).toBe('next');
    expect(facilitatorCommandForKey(press('PageDown'))).toBe('next');
    expect(facilitatorCommandForKey(press('PageUp'))).toBe('previous');
    expect(facilitatorCommandForKey(press(' '))).toBe('toggle');
    expect(facilitatorCommandForKey(press('b'))).toBeNull();
    expect(facilitatorCommandForKey(press('PageDown', { ctrlKey: true }))).toBeNull();
  });
});

describe('runActionFor', () => {
  it('toggles by state and maps the rest directly', () => {
    expect(runActionFor('toggle', 'idle')).toEqual({ type: 'start' });
    expect(runActionFor('toggle', 'running')).toEqual({ type: 'pause' });
    expect(runActionFor('toggle', 'paused')).toEqual({ type: 'resume' });
    expect(runActionFor('next', 'running')).toEqual({ type: 'next' });
    expect(runActionFor('next', 'idle')).toEqual({ type: 'start' });
    expect(runActionFor('previous', 'finished')).toEqual({ type: 'previous' });
    expect(runActionFor('extend', 'running')).toEqual({ type: 'extend', minutes: 1 });
  });
});

describe('checkPress', () => {
  const view = (status: RunView['status'], index: number) => ({ status, index }) as RunView;
  it('says why a press cannot act: before the start, past the end, before the first item', () => {
    expect(checkPress('next', view('idle', 0), 3)).toBe('ok');
    expect(checkPress('toggle', view('idle', 0), 3)).toBe('ok');
    expect(checkPress('previous', view('idle', 0), 3)).toBe('notStarted');
    expect(checkPress('extend', view('idle', 0), 3)).toBe('notStarted');
    expect(checkPress('previous', view('running', 0), 3)).toBe('first');
    expect(checkPress('next', view('paused', 2), 3)).toBe('last');
    expect(checkPress('next', view('running', 1), 3)).toBe('ok');
    expect(checkPress('next', view('finished', 3), 3)).toBe('finished');
    expect(checkPress('previous', view('finished', 3), 3)).toBe('ok');
  });
});
