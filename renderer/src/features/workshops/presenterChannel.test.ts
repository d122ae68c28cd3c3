import { describe, expect, it } from 'vitest';
import { readPresenterCommand, readPressAnswer, readPresenterUpdate } from './presenterChannel';

describe('presenter channel messages', () => {
  it('reads a command only when it is one the run knows', () => {
    expect(readPresenterCommand({ workshopId: 'w1', command: 'next' })).toEqual({
      workshopId: 'w1',
      command: 'next',
      press: '',
    });
    expect(readPresenterCommand({ workshopId: 'w1', command: 'next', press: 'p1' })?.press).toBe('p1');
    expect(readPresenterCommand({ workshopId: 'w1', command: 'reset' })).toBeNull();
    expect(readPresenterCommand({ command: 'next' })).toBeNull();
    expect(readPresenterCommand({ workshopId: 'w1', run: [] })).toBeNull();
  });

  it('reads a run screen’s answer only when it is one it can give', () => {
    expect(readPressAnswer({ workshopId: 'w1', press: 'p1', answer: 'busy' })).toEqual({
      workshopId: 'w1',
      press: 'p1',
      answer: 'busy',
    });
    expect(readPressAnswer({ workshopId: 'w1', press: 'p1', answer: 'reset' })).toBeNull();
    expect(readPressAnswer({ workshopId: 'w1', command: 'next', press: 'p1' })).toBeNull();
  });

  it('tells run and message updates apart from commands, and caps a message at the field limit', () => {
    expect(readPresenterUpdate({ workshopId: 'w1', command: 'next' })).toBeNull();
    expect(readPresenterUpdate({ workshopId: 'w1', run: [{ type: 'start', at: 1 }, { type: 'x' }] })).toEqual(
      {
        workshopId: 'w1',
        run: [{ type: 'start', at: 1 }],
      },
    );
    const long = readPresenterUpdate({ workshopId: 'w1', message: 'あ'.repeat(500), base: '' });
    expect(long && 'message' in long ? long.message.length : 0).toBe(200);
  });
});
