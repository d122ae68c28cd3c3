/**
 * The 【要記入…】 marks a brief still holds (the draft's gaps, and the 【要記入：主語】 the rewrite
 * leaves where a passive hid its doer), by section: the author must see them before a company does.
 */
export interface OpenGaps {
  /** Section headings (without their parenthetical hint), in order, each once. */
  sections: string[];
  count: number;
}

/** One mark: 【要記入】, 【要記入：主語】 … (never across a line). */
export const GAP_MARK = /【要記入[^】\n]*】/gu;

export function openGaps(markdown: string): OpenGaps {
  const sections: string[] = [];
  let count = 0;
  let section = '';
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(.+)$/u.exec(line);
    // 「スケジュール（予算サイクル: …）」 is named by its first words.
    if (heading) section = heading[1]!.replace(/（[^）]*）\s*$/u, '').trim();
    const marks = line.match(GAP_MARK)?.length ?? 0;
    if (marks === 0) continue;
    count += marks;
    if (section !== '' && !sections.includes(section)) sections.push(section);
  }
  return { sections, count };
}
