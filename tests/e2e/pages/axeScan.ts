import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * The serious and critical axe violations of the page, as `rule: help (targets)` lines, scanned
 * the cheaper way. @axe-core/playwright's default run opens a blank page to merge per-frame
 * results (a new renderer, axe injected twice, every passing node serialised across): on a busy
 * 2-core machine that was about half of each 4–11 s scan of the issue workspace. Legacy mode runs
 * the same rules in the page itself; it skips only cross-origin frames, so the page must have none.
 * Only violations are read, so the other result types are not aggregated (their nodes are).
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  expect(page.frames(), 'legacy mode would not scan a frame').toHaveLength(1);
  let builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
