/**
 * Where the time of a large paste goes (session 17): pastes N characters into 課題の原文 (and, as
 * a baseline, into a bare textarea with the same styles) with a CDP trace running, and prints the
 * main thread's self time per trace event (JS, layout, style, paint …) from the paste until the
 * page answers again. Run: `npx tsx tests/bench/bigPasteProfile.ts 30000 150000` (after
 * `npm run build:renderer`); PROFILE_PORT picks the preview port.
 */
import type { CDPSession, Page } from '@playwright/test';
import { launchChromium } from '../support/chromium';
import { startPreview } from '../support/previewServer';
import { openPasteTarget } from './pasteTarget';

const PORT = Number(process.env.PROFILE_PORT ?? 5382);
const sizes = process.argv.slice(2).map(Number);
const PARA =
  '本市では、地域包括ケアシステムの構築に資する取組を推進しており、高齢化率は32.1％に達している。移動支援の担い手不足が喫緊の課題となっている。\n\n';
const textOf = (n: number) => PARA.repeat(Math.ceil(n / PARA.length)).slice(0, n);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

async function traced(page: Page, cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,blink_gc',
    transferMode: 'ReportEvents',
  });
  await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  void page;
  return events;
}

/** Self time (ms) per event name on the renderer's main thread. */
function selfTimes(events: TraceEvent[]): { total: number; byName: [string, number][] } {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  let total = 0;
  for (const e of onMain) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const name =
      e.name === 'FunctionCall' && e.args?.data?.functionName ? `JS ${e.args.data.functionName}` : e.name;
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    else total += e.dur!;
    self.set(name, (self.get(name) ?? 0) + e.dur!);
    stack.push({ end: e.ts + e.dur!, name });
  }
  return {
    total: total / 1000,
    byName: [...self].map(([n, t]) => [n, t / 1000] as [string, number]).sort((a, b) => b[1] - a[1]),
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** JS self time (ms) per function, from the sampling profiler. */
function jsSelfTimes(profile: CpuProfile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

/** Pastes through the clipboard (Ctrl+V) and waits until a click round trip answers. */
async function pasteAndWait(page: Page, text: string): Promise<{ pastedIn: number; answeredIn: number }> {
  const started = Date.now();
  // PROFILE_INSERT=1: one Input.insertText (an IME commit, what session 16 measured) instead.
  if (process.env.PROFILE_INSERT) await page.keyboard.insertText(text);
  else await page.keyboard.press('Control+V');
  const pastedIn = Date.now() - started;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return { pastedIn, answeredIn: Date.now() - started };
}

const server = await startPreview(PORT, process.env.PROFILE_DIST ?? 'dist');
const browser = await launchChromium();
try {
  for (const n of sizes) {
    const text = textOf(n);
    for (const where of (process.env.PROFILE_WHERE ?? 'bare,app').split(',')) {
      const { context, page } = await openPasteTarget(browser, server.url, where, `貼り付け ${n}`);
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      const cdp = await context.newCDPSession(page);
      let figures = { pastedIn: 0, answeredIn: 0 };
      const keys: number[] = [];
      const paste = async () => {
        figures = await pasteAndWait(page, text);
        await page.waitForTimeout(1_500); // the analysis, autosave and their re-render
      };
      // Then typing: a key's round trip to the next frame, five times.
      const type = async () => {
        await page.keyboard.press('Control+End');
        for (let i = 0; i < 5; i++) {
          const t0 = Date.now();
          await page.keyboard.press('a');
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
          keys.push(Date.now() - t0);
          await page.waitForTimeout(300);
        }
      };
      // PROFILE_TRACE=typing traces the typing after the paste instead of the paste.
      const typing = process.env.PROFILE_TRACE === 'typing';
      if (typing) await paste();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      const events = await traced(page, cdp, typing ? type : paste);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      if (!typing) await type();
      console.log(`  typing after it: key to next frame ${keys.join(', ')} ms`);
      const { total, byName } = selfTimes(events);
      console.log(
        `\n## ${n.toLocaleString('en')} characters, ${where}: paste returned ${figures.pastedIn} ms, ` +
          `page answered ${figures.answeredIn} ms; main thread busy ${Math.round(total)} ms in the trace`,
      );
      for (const [name, ms] of byName.slice(0, 14))
        if (ms >= 5) console.log(`  ${name.padEnd(40)} ${Math.round(ms)} ms`);
      for (const [fn, ms] of jsSelfTimes(profile).slice(0, 12))
        if (ms >= 5) console.log(`  js ${fn.padEnd(60)} ${Math.round(ms)} ms`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
