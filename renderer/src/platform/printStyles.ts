/**
 * The print document carries its CSS (page size, running header, page numbers, the inlined fonts)
 * in <style> elements, and a table's column alignment in `style` attributes. A `srcdoc` frame
 * inherits the app's CSP (`style-src 'self'`), which blocks both: the print dialog then showed
 * the document unstyled, in Times New Roman. They are taken out of the markup here and applied
 * through CSSOM (adopted sheets, `element.style`), which the CSP does not govern.
 *
 * The document is ours (`common/export`, rendered by React): record text in it is escaped, so a
 * literal `<style>` or ` style="` is always its own markup.
 */
export const PRINT_STYLE_ATTRIBUTE = 'data-print-style';

export function splitInlineStyles(html: string): { html: string; css: string[] } {
  const css: string[] = [];
  const rest = html
    .replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_whole, body: string) => {
      css.push(body);
      return '';
    })
    .replace(/(<[a-zA-Z][^<>]*?\s)style="/g, `$1${PRINT_STYLE_ATTRIBUTE}="`);
  return { html: rest, css };
}
