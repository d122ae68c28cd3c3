/**
 * Markdown → plain text for pasting into an email: headings become 【見出し】 lines, list items
 * keep a bullet or number, tables become rows of cells separated by " / ", links read
 * "text (url)", and emphasis, code marks and escapes disappear. Line-based on purpose: it covers
 * what briefs use and never throws on odd input.
 */

/** Inline markdown → text. */
export function inlineToText(text: string): string {
  return (
    text
      // images before links: ![alt](src) → alt (src)
      .replace(
        /!\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g,
        (_, alt: string, src: string) => `${alt || src} (${src})`,
      )
      .replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, label: string, url: string) =>
        label === url ? url : `${label} (${url})`,
      )
      .replace(/<((?:https?:|mailto:)[^>\s]+)>/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1')
  );
}

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => inlineToText(c.trim()));
}

/** A markdown document as plain text for email. */
export function markdownToPlainText(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      else out.push(`  ${line}`);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = inlineToText(heading[2]!);
      out.push(heading[1]!.length <= 2 ? `【${text}】` : `■ ${text}`);
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('――――――――');
      continue;
    }
    if (line.includes('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      out.push(tableCells(line).join(' / '));
      i++; // the |---| rule
      while (i + 1 < lines.length && lines[i + 1]!.includes('|') && lines[i + 1]!.trim() !== '') {
        out.push(tableCells(lines[++i]!).join(' / '));
      }
      continue;
    }
    const task = /^(\s*)[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(line);
    if (task) {
      out.push(`${task[1]}${task[2] === ' ' ? '□' : '☑'} ${inlineToText(task[3]!)}`);
      continue;
    }
    const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    if (bullet) {
      out.push(`${bullet[1]}・${inlineToText(bullet[2]!)}`);
      continue;
    }
    const numbered = /^(\s*)(\d+)[.)]\s+(.*)$/.exec(line);
    if (numbered) {
      out.push(`${numbered[1]}${numbered[2]}. ${inlineToText(numbered[3]!)}`);
      continue;
    }
    const quote = /^\s{0,3}>\s?(.*)$/.exec(line);
    out.push(quote ? `> ${inlineToText(quote[1]!)}` : inlineToText(line.replace(/\s{2,}$/, '')));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
