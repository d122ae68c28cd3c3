import { describe, expect, it } from 'vitest';
import {
  guardTextLimits,
  LARGE_INSERT_CHARS,
  limitOf,
  overflowOf,
  textFieldOf,
  type Overflow,
  type TextField,
} from './textLimit';

const field = (over: Partial<TextField> = {}): TextField => ({
  tagName: 'TEXTAREA',
  type: 'textarea',
  value: '',
  maxLength: -1,
  selectionStart: 0,
  selectionEnd: 0,
  dataset: {},
  ...over,
});

/** An event as the browser dispatches it on `target`, carrying `text` (not inserted: there is no DOM). */
function dispatch(root: EventTarget, target: TextField, type: string, text: string, inputType?: string) {
  const event = new Event(type, { cancelable: true });
  const data = { getData: (format: string) => (format === 'text/plain' ? text : '') };
  Object.defineProperties(event, {
    target: { value: target },
    clipboardData: { value: data },
    dataTransfer: { value: data },
    inputType: { value: inputType },
    data: { value: text },
  });
  root.dispatchEvent(event);
  return event;
}

describe('text limits', () => {
  it('takes a field’s maxLength, else its data-max-chars, else what a textarea lays out in seconds: 200,000', () => {
    expect(limitOf(field({ maxLength: 200 }))).toBe(200);
    expect(limitOf(field({ dataset: { maxChars: '4096' } }))).toBe(4096);
    expect(limitOf(field())).toBe(200_000);
  });

  it('counts the text the insert replaces: at the limit goes in, one more does not', () => {
    const f = field({ value: 'abcd', maxLength: 10, selectionStart: 1, selectionEnd: 3 });
    expect(overflowOf(f, '12345678')).toBeNull(); // 4 - 2 + 8 = 10
    expect(overflowOf(f, '123456789')).toEqual({ length: 11, limit: 10, inserted: 9 });
  });

  it('guards text fields only (not a number, a date or a button)', () => {
    const target = (f: TextField) => f as unknown as EventTarget;
    expect(textFieldOf(target(field()))).not.toBeNull();
    expect(textFieldOf(target(field({ tagName: 'INPUT', type: 'search' })))).not.toBeNull();
    expect(textFieldOf(target(field({ tagName: 'INPUT', type: 'number' })))).toBeNull();
    expect(textFieldOf({ tagName: 'BUTTON' } as unknown as EventTarget)).toBeNull();
    expect(textFieldOf(null)).toBeNull();
  });

  it('refuses a 10 MB paste or drop in the event, before the browser inserts it, and says so once', () => {
    const root = new EventTarget();
    const refused: Overflow[] = [];
    const stop = guardTextLimits(root, (o) => refused.push(o));
    const raw = field({ value: '本市では、' });
    const huge = 'あ'.repeat(10 * 1024 * 1024);
    expect(dispatch(root, raw, 'paste', huge).defaultPrevented).toBe(true);
    expect(dispatch(root, raw, 'drop', huge).defaultPrevented).toBe(true);
    expect(refused).toEqual([
      { length: 5 + huge.length, limit: 200_000, inserted: huge.length },
      { length: 5 + huge.length, limit: 200_000, inserted: huge.length },
    ]);
    // A large text within the limit goes in as the browser puts it.
    expect(dispatch(root, raw, 'paste', 'い'.repeat(199_995)).defaultPrevented).toBe(false);
    expect(dispatch(root, raw, 'paste', 'い'.repeat(199_996)).defaultPrevented).toBe(true);
    stop();
    expect(dispatch(root, raw, 'paste', huge).defaultPrevented).toBe(false);
  });

  it('refuses typed or inserted text past the limit, not the steps of an IME composition', () => {
    const root = new EventTarget();
    const refused: Overflow[] = [];
    guardTextLimits(root, (o) => refused.push(o));
    const title = field({ tagName: 'INPUT', type: 'text', value: 'x'.repeat(200), maxLength: 200 });
    expect(dispatch(root, title, 'beforeinput', 'y', 'insertText').defaultPrevented).toBe(true);
    expect(dispatch(root, title, 'beforeinput', 'y', 'insertCompositionText').defaultPrevented).toBe(false);
    expect(dispatch(root, title, 'beforeinput', 'y', 'deleteContentBackward').defaultPrevented).toBe(false);
    expect(refused).toHaveLength(1);
  });

  it('puts a large typed insert in at once (one replacement and one input event), a paste as the browser does', () => {
    const root = new EventTarget();
    guardTextLimits(root, () => {});
    const inputs: Event[] = [];
    const raw = Object.assign(new EventTarget(), field({ value: 'ab', selectionStart: 1, selectionEnd: 2 }), {
      setRangeText(this: TextField, text: string, start: number, end: number) {
        this.value = this.value.slice(0, start) + text + this.value.slice(end);
      },
    });
    raw.addEventListener('input', (e) => inputs.push(e));
    const large = 'い'.repeat(LARGE_INSERT_CHARS + 1);
    expect(dispatch(root, raw, 'beforeinput', large, 'insertText').defaultPrevented).toBe(true);
    expect(raw.value).toBe(`a${large}`);
    expect(inputs).toHaveLength(1);
    // Short typing and a paste of any length within the limit are left to the browser.
    expect(dispatch(root, raw, 'beforeinput', 'う', 'insertText').defaultPrevented).toBe(false);
    expect(dispatch(root, raw, 'paste', large).defaultPrevented).toBe(false);
    expect(raw.value).toBe(`a${large}`);
  });
});
