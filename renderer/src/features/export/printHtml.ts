/** Assembles a complete, self-contained print document (HTML) from a {@link PrintDoc}. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FontProvider } from './fonts';
import { PrintDocument, type PrintDoc } from './PrintDocument';
import { printCss } from './printCss';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text the print stylesheet sets in bold (headings, table headers, strong). */
function boldText(markup: string): string {
  let out = '';
  for (const match of markup.matchAll(/<(h[1-6]|th|strong|b)\b[^>]*>([\s\S]*?)<\/\1>/g)) out += match[2];
  return out.replace(/<[^>]*>/g, '');
}

/**
 * The HTML handed to `pdf:save` (or downloaded in web mode). No scripts, no remote resources:
 * the only external references are the bundled font files in `link` mode.
 */
export async function buildPrintHtml(doc: PrintDoc, fonts: FontProvider): Promise<string> {
  const body = renderToStaticMarkup(createElement(PrintDocument, { doc }));
  // The font slices needed: everything drawn, page furniture and digits included.
  const fontCss = await fonts(`${body}${doc.headerLeft}${doc.headerRight}0123456789 /`, boldText(body));
  const css = printCss({ headerLeft: doc.headerLeft, headerRight: doc.headerRight });
  return (
    `<!DOCTYPE html><html lang="${doc.lang}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(doc.title)}</title>${fontCss.preloads}` +
    `<style>${fontCss.css}\n${css}</style></head><body>${body}</body></html>`
  );
}
