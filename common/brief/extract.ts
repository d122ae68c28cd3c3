/**
 * Reads issue fields back out of a text: markdown sections (## 予算と費用負担), 【予算】 / ■予算 headings
 * and 「予算：300万円」 lines. Lets readiness score a brief body or a plain text file the same way it
 * scores the structured issue form.
 */
import type { IssueFields } from '../records/types';
import { PLACEHOLDER } from './text';

export { PLACEHOLDER };

export type TextField = Exclude<keyof IssueFields, 'status' | 'municipalityCode' | 'reader'>;

/** Heading keywords → field. Order matters: スケジュール（予算サイクル…） must not read as 予算. */
const SECTION_FIELDS: readonly [RegExp, TextField][] = [
  [/スケジュール|日程|期間|時期|工程/, 'schedule'],
  [/予算|費用|経費|金額/, 'budget'],
  [/成果指標|目指す姿|KPI|目標/, 'successMeasure'],
  [/提供/, 'offer'],
  [/応募資格|求めること|条件|制約|要件/, 'constraints'],
  [/担当|連絡先|問い?合わ?せ/, 'contact'],
  [/困っていませんか|対象者|困っている人|影響を受ける/, 'affected'],
  [/背景|現状|数字|データ|根拠/, 'evidence'],
  [/課題/, 'rawText'],
];

const HEADING = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$|^\s*【([^】]{1,30})】\s*$|^\s*[■◆□◇]\s*([^。]{1,30})$/;
const KEY_VALUE =
  /^\s*(?:[-*・]\s*)?(予算|費用|スケジュール|期間|日程|担当課?|連絡先|成果指標|KPI|対象者?|提供できるもの|応募資格)\s*[:：]\s*(.+)$/;

function fieldFor(label: string): TextField | null {
  for (const [re, field] of SECTION_FIELDS) if (re.test(label)) return field;
  return null;
}

/** Drops placeholder lines and the rest of a line after a placeholder mark. */
export function stripPlaceholders(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => {
        const at = line.indexOf(PLACEHOLDER);
        return at === -1 ? line : line.slice(0, at);
      })
      // Quoted lines (> …) are template notes such as the budget cycle, not what the municipality wrote.
      .filter((line) => !/^\s*>/.test(line))
      .filter((line) => line.replace(/^[\s\-*・]+/, '').trim() !== '')
      .join('\n')
      .trim()
  );
}

/** Fields found in `text`; a text without headings becomes the raw issue text. */
export function extractIssueFields(text: string): Partial<IssueFields> {
  const out: Partial<Record<TextField, string>> = {};
  const append = (field: TextField, value: string) => {
    const clean = stripPlaceholders(value);
    if (clean) out[field] = out[field] ? `${out[field]}\n${clean}` : clean;
  };
  let current: TextField | null = null;
  let sawHeading = false;
  let buffer: string[] = [];
  let preamble: string[] | null = null;
  const flush = () => {
    if (current) append(current, buffer.join('\n'));
    buffer = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const h = HEADING.exec(line);
    if (h) {
      if (!sawHeading) preamble = buffer;
      flush();
      sawHeading = true;
      const label = h[2] ?? h[3] ?? h[4] ?? '';
      if (h[1] === '#' && !out.title) out.title = stripPlaceholders(label);
      current = fieldFor(label);
      continue;
    }
    const kv = KEY_VALUE.exec(line);
    if (kv) {
      const field = fieldFor(kv[1]!.replace(/^対象者?$/, '対象者').replace(/^提供できるもの$/, '提供'));
      if (field) append(field, kv[2]!);
    }
    buffer.push(line);
  }
  flush();
  // Without a 課題 section, the text before the first heading (or all of it) is the issue as written.
  if (!out.rawText) append('rawText', sawHeading ? (preamble ?? []).join('\n') : text);
  return out;
}
