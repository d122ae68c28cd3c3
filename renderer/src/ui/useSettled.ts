import { useEffect, useMemo, useState } from 'react';

/** Above this many characters a derived value is computed when typing pauses, not per keystroke. */
export const SETTLE_ABOVE_CHARS = 20_000;

/**
 * `compute(input)`: per change while `large` is false; while it is true, only once the input has
 * stopped changing for `delayMs` (the previous result stays shown meanwhile). A whole-text pass that
 * costs 0.1–0.5 s on a 150,000-character text must not run on every keystroke (session 17).
 * `compute` and `same` must be stable (module functions or memoised callbacks); `same` tells an
 * input equal to the last computed one (a saved draft is a new object with the same texts).
 */
export function useSettled<I, O>(
  input: I,
  compute: (input: I) => O,
  large: boolean,
  same: (a: I, b: I) => boolean = Object.is,
  delayMs = 400,
): O {
  const [settled, setSettled] = useState(input);
  useEffect(() => {
    if (!large) return;
    const timer = setTimeout(() => setSettled((last) => (same(last, input) ? last : input)), delayMs);
    return () => clearTimeout(timer);
  }, [input, large, same, delayMs]);
  const used = large ? settled : input;
  return useMemo(() => compute(used), [used, compute]);
}
