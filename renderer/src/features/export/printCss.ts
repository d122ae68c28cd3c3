/**
 * The print stylesheet: A4 pages, a running header, "n / N" page numbers and page breaks that keep
 * headings with their text. Page furniture uses CSS page-margin boxes (Chromium 131+), so the same
 * document numbers its pages in Electron's printToPDF, Playwright's page.pdf() and a browser's own
 * print dialog, in the document's own embedded font; hosts print with displayHeaderFooter off.
 */
import { PRINT_FONT_FAMILY } from './fonts';

/** Running header texts (plain strings; escaped here for CSS). */
export interface PageFurniture {
  headerLeft: string;
  headerRight: string;
}

/**
 * A CSS string literal. Everything outside printable ASCII letters and digits is escaped as a
 * code point, so no text can end the string, the rule or the `<style>` element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text.replace(/[\r\n\t]+/g, ' ')) {
    out += /[A-Za-z0-9 ]/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

const FONT = `'${PRINT_FONT_FAMILY}', sans-serif`;

/** The stylesheet of a print document. */
export function printCss({ headerLeft, headerRight }: PageFurniture): string {
  const box = `font-family: ${FONT}; font-size: 8pt; color: #555;`;
  return `
@page {
  size: A4;
  margin: 20mm 17mm 18mm;
  @top-left { content: ${cssString(headerLeft)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(headerRight)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: counter(page) " / " counter(pages); ${box} font-size: 9pt; vertical-align: top; padding-top: 4mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}
html { font-family: ${FONT}; font-size: 10.5pt; line-height: 1.75; color: #1a1a1a; }
body { margin: 0; }
* { box-sizing: border-box; }
.title-block { border-bottom: 1.5pt solid #1a1a1a; padding-bottom: 6mm; margin-bottom: 8mm; }
.title-block__kind { font-size: 9pt; color: #555; letter-spacing: 0.1em; margin: 0 0 2mm; }
.title-block h1 { font-size: 20pt; line-height: 1.4; margin: 0 0 4mm; }
.title-block dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0; font-size: 9.5pt; }
.title-block__row { display: contents; }
.title-block dt { color: #555; }
.title-block dd { margin: 0; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; break-inside: avoid; line-height: 1.45; }
h2 { font-size: 14pt; margin: 9mm 0 3mm; padding-bottom: 1mm; border-bottom: 0.75pt solid #999; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
h4, h5, h6 { font-size: 10.5pt; margin: 4mm 0 1mm; }
.section > h2:first-child { margin-top: 0; }
p { margin: 0 0 3mm; orphans: 2; widows: 2; }
ul, ol { margin: 0 0 3mm; padding-left: 6mm; }
li, tr, blockquote, pre, img, .keep { break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; font-size: 9.5pt; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #888; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { background: #f0f0f0; font-weight: 700; }
blockquote { margin: 0 0 3mm; padding-left: 4mm; border-left: 2pt solid #bbb; color: #333; }
pre, code { font-family: ${FONT}; font-size: 9pt; }
pre { white-space: pre-wrap; background: #f5f5f5; padding: 2mm 3mm; }
a { color: inherit; }
.url { font-size: 8.5pt; color: #555; word-break: break-all; }
hr { border: 0; border-top: 0.5pt solid #999; margin: 5mm 0; }
img { max-width: 100%; }
`;
}
