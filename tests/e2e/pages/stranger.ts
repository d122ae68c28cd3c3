/**
 * What a stranger to the code checks on any screen, in either language: controls with names, no
 * words of the other language, no raw keys or "undefined", one h1, axe with every impact, and Tab
 * alone reaching every control in document order. Each check returns problems as lines (empty = ok)
 * so one run lists everything a screen gets wrong.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
/** English words allowed in the Japanese UI: brands, formats, protocols, the language's own name. */
const ENGLISH_OK = new Set([
  'Kyoso',
  'Desk',
  'English',
  'PDF',
  'Markdown',
  'JSON',
  'CSV',
  'URL',
  'ID',
  'Ctrl',
  'Enter',
  'Esc',
  'Tab',
  'Shift',
  'https',
  'http',
  'sync',
  'example',
  'web',
  'Electron',
  'OS',
  'Alt',
  'IndexedDB',
  // Workshop method names used as such in Japanese.
  'KPT',
  'Keep',
  'Problem',
  'Try',
  'SCAMPER',
  'SWOT',
  'All',
]);

const ROLES_NEEDING_NAMES =
  'button|link|textbox|combobox|checkbox|radio|spinbutton|slider|switch|tab|menuitem|searchbox|listbox';

/** Interactive roles in the accessibility tree with no name (what a name-driven script cannot find). */
export async function unnamedControls(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const unnamed = new RegExp(`^\\s*- (${ROLES_NEEDING_NAMES})(\\s*\\[[^\\]]*\\])?\\s*(:.*)?$`);
  return snapshot.split('\n').filter((line) => unnamed.test(line));
}

/**
 * Visible text and the names a screen reader reads (aria-label, placeholder, title, alt) outside
 * elements marked with another `lang` and outside the user's own data (`data`: strings typed in).
 */
export async function shownText(page: Page, data: readonly string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const out: string[] = [];
    const otherLang = (el: Element) => {
      const marked = el.closest('[lang]');
      return (
        marked !== null && marked !== document.documentElement && marked.getAttribute('lang') !== pageLang
      );
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || otherLang(parent)) continue;
      if (parent.closest('script, style, template, [hidden], [aria-hidden="true"]')) continue;
      if (
        !parent.checkVisibility({ visibilityProperty: true }) &&
        !parent.closest('.visually-hidden, .sr-only')
      )
        continue;
      out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (otherLang(el) || el.closest('[aria-hidden="true"]')) continue;
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
  return texts.map((text) => data.reduce((t, d) => t.split(d).join(' '), text)).filter((t) => t.trim());
}

const RAW = [
  /\bundefined\b/,
  /\bNaN\b/,
  /\[object Object\]/,
  /\{\{/,
  /\b[a-z][a-zA-Z]+\.[a-z][a-zA-Z]+\.[a-z][a-zA-Z]*[A-Z][a-zA-Z]*\b/,
];
const KEY_PREFIX =
  /\b(app|nav|issues|briefs|glossary|settings|sync|backup|export|common|council|workshops|search|rewrite)\.[a-zA-Z]+\b/;

/** Text in the wrong language, raw i18n keys, "undefined", "NaN", "[object Object]". */
export async function languageProblems(
  page: Page,
  lang: 'ja' | 'en',
  data: readonly string[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const text of await shownText(page, data)) {
    if (RAW.some((r) => r.test(text)) || KEY_PREFIX.test(text.replace(/\S+\.(jp|com|json)\b/g, '')))
      problems.push(`raw: ${text}`);
    if (lang === 'en' && JAPANESE.test(text)) problems.push(`Japanese in English UI: ${text}`);
    if (lang === 'ja') {
      const words = text.replace(/https?:\/\/\S+/g, '').match(/[A-Za-z]{3,}/g) ?? [];
      const foreign = words.filter((w) => !ENGLISH_OK.has(w));
      if (foreign.length) problems.push(`English in Japanese UI: ${text}`);
    }
  }
  return [...new Set(problems)];
}

/** Every axe violation, whatever its impact (the shell specs keep to serious and critical). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

export async function headingProblems(page: Page): Promise<string[]> {
  const h1s = await page.locator('h1').count();
  const focused = await page.evaluate(() => document.activeElement?.tagName === 'H1');
  return [
    ...(h1s === 1 ? [] : [`${h1s} h1 elements`]),
    ...(focused ? [] : ['the focus is not on the h1 after navigation']),
  ];
}

/**
 * Tabs from the top of the document until the focus comes round again, and compares the stops
 * with the page's tabbable elements: each must be reached, in document order, with no trap.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  // A page may still change while it is walked (an analysis finishing re-renders its findings on a
  // busy machine): a walk over a set of stops that changed under it proves nothing, so walk again.
  let problems: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    problems = await walkOnce(page);
    if (!(await tabStopsChanged(page))) return problems;
  }
  return [...problems, 'the page kept changing its tab stops during three walks'];
}

/** Whether a control was added to or removed from the page since the walk began. */
function tabStopsChanged(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const w = window as unknown as { __strangerWatch?: MutationObserver; __strangerMoved?: boolean };
    w.__strangerWatch?.disconnect();
    return w.__strangerMoved === true;
  });
}

async function walkOnce(page: Page): Promise<string[]> {
  const count = await page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-stranger-tab]'))
      el.removeAttribute('data-stranger-tab');
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert], [hidden]')) continue;
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      if (!el.checkVisibility({ visibilityProperty: true }) && !el.matches('.skip-link')) continue;
      // A radio group is one stop: only its checked (or first) member is tabbable.
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = [
          ...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`),
        ];
        const stop = group.find((r) => r.checked) ?? group[0];
        if (stop !== el) continue;
      }
      el.setAttribute('data-stranger-tab', String(n++));
    }
    const w = window as unknown as { __strangerWatch?: MutationObserver; __strangerMoved?: boolean };
    const control = (node: Node) =>
      node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null);
    w.__strangerWatch?.disconnect();
    w.__strangerMoved = false;
    w.__strangerWatch = new MutationObserver((records) => {
      for (const r of records)
        if ([...r.addedNodes, ...r.removedNodes].some(control)) w.__strangerMoved = true;
    });
    w.__strangerWatch.observe(document.body, { childList: true, subtree: true });
    return n;
  });
  const describe = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { idx: -1, what: 'body' };
      const idx = Number(el.getAttribute('data-stranger-tab') ?? -2);
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
      return { idx, what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${name}"` };
    });
  const problems: string[] = [];
  const seen: number[] = [];
  const trail: string[] = [];
  let last = -1;
  let wrapped = false;
  // Tab starts where the focus was (the page heading), runs to the end, leaves the page once and
  // comes round from the top: one wrap, then every stop again in document order.
  for (let i = 0; i < 2 * count + 10; i++) {
    await page.keyboard.press('Tab');
    const { idx, what } = await describe();
    trail.push(`${idx}:${what}`);
    if (idx === -1) {
      if (wrapped) break;
      wrapped = true;
      last = -1;
      continue;
    }
    if (idx === -2) {
      problems.push(`Tab stops on an element not counted as tabbable: ${what}`);
      continue;
    }
    if (idx === last) continue; // a date or time field has a stop per part
    // Past the last control the focus may leave the page (above) or come straight to the first.
    if (idx === 0 && !wrapped) {
      wrapped = true;
      last = -1;
    }
    if (seen.includes(idx)) {
      if (!wrapped) problems.push(`focus trapped or looped back at ${what}`);
      break;
    }
    if (idx < last) problems.push(`Tab order goes backwards at ${what}`);
    seen.push(idx);
    last = idx;
  }
  if (problems.length) problems.push(`Tab stops: ${trail.join(' → ')}`);
  if (seen.length < count) {
    const missed = await page.evaluate(
      (reached) =>
        [...document.querySelectorAll<HTMLElement>('[data-stranger-tab]')]
          .filter((el) => !reached.includes(Number(el.getAttribute('data-stranger-tab'))))
          .map(
            (el) =>
              `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}"`,
          ),
      seen,
    );
    problems.push(`Tab never reaches: ${missed.join(', ')}`);
  }
  return problems;
}
