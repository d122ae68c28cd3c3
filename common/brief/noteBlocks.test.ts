import { describe, expect, it } from 'vitest';
import { noteBlockEnds, turnsTopic } from './noteBlocks';
import { applyChanges, decideChange, rewriteForCompany } from './rewrite';

/** The text of each block, as the ends cut it. */
function blocks(text: string, max?: number): string[] {
  let from = 0;
  return noteBlockEnds(text, max).map(({ at }) => {
    const block = text.slice(from, at).trim();
    from = at;
    return block;
  });
}

// A council answer on three topics, in one line: no heading, no blank line.
const topics = [
  '空き家対策についてでございますが、本市では所有者への意見照会を行い、庁内の関係課と連携して、補正予算の計上も含めて対応を検討しているところでございます。',
  '次に、公共交通についてでございますが、路線バスの赤字補填として一般財源から補助金を交付しており、地域公共交通計画に基づき、運行の見直しを進めております。',
  '最後に、子育て支援につきましては、病児保育と一時預かりの拡充に向けて、保育士の処遇改善加算の活用に一体的に取り組んでまいります。',
];

describe('turnsTopic', () => {
  it('knows the openers of a new point and a sentence that names its topic first', () => {
    for (const s of [
      '次に、公共交通です。',
      'また、補助します。',
      '二点目として、',
      '第二に、',
      '今後は、検討します。',
    ])
      expect(turnsTopic(s), s).toBe(true);
    expect(turnsTopic('農福連携につきましては、進めます。')).toBe(true);
    expect(turnsTopic('空き家対策についてでございますが、増えております。')).toBe(true);
    expect(turnsTopic('このため、検討します。')).toBe(false);
    expect(turnsTopic('本市では、空き家について、調査します。')).toBe(false);
  });

  it('reads a また、 that points back at the sentence before as adding to it, not turning', () => {
    for (const s of [
      'また、この計画は5年ごとに見直します。',
      'また、同事業では補助します。',
      'また、その際は届け出ます。',
    ])
      expect(turnsTopic(s), s).toBe(false);
    expect(turnsTopic('また、この件につきましては、別途お答えします。')).toBe(true);
    expect(turnsTopic('また、令和6年度には調査します。')).toBe(true);
  });
});

describe('noteBlockEnds', () => {
  it('ends a block before each topic an answer in one line turns to', () => {
    expect(blocks(topics.join(''))).toEqual(topics);
    expect(noteBlockEnds(topics.join('')).map((e) => e.midLine)).toEqual([true, true, false]);
  });

  it('ends a block at the end of each line of prose, a heading and a blank line', () => {
    expect(
      blocks('【現状】\n空き家が多い。\n所有者が遠い。\n\n対策は次のとおり。\n・補助\n・相談\n以上。'),
    ).toEqual(['【現状】\n空き家が多い。', '所有者が遠い。', '対策は次のとおり。\n・補助\n・相談', '以上。']);
  });

  it('keeps a sentence broken over lines, items of a list and an author’s ※ note with what they go on from', () => {
    expect(blocks('空き家の所有者に、\n意見を聞く。\n※所有者が不明の場合を除く。\n次の点。')).toEqual([
      '空き家の所有者に、\n意見を聞く。\n※所有者が不明の場合を除く。',
      '次の点。',
    ]);
    // A long item that ends a sentence is a paragraph of its own; a short item is not.
    expect(blocks('①計画を見直します。\n②補助を拡充します。\n・補助\n・相談\n・広報')).toEqual([
      '①計画を見直します。',
      '②補助を拡充します。',
      '・補助\n・相談\n・広報',
    ]);
  });

  it('keeps a list whose items end in a bracket whole, and ends it before a numbered section', () => {
    expect(
      blocks(
        '①相談会の開催\n②窓口の周知\n（4）指標\n・相談件数　40件（令和6年度）\n・認知度　30％（令和6年度）',
      ),
    ).toEqual([
      '①相談会の開催\n②窓口の周知',
      '（4）指標\n・相談件数　40件（令和6年度）\n・認知度　30％（令和6年度）',
    ]);
  });

  it('reads a lead-in in the last sentence of a line only (年1回以下のデータ leads in to nothing)', () => {
    expect(blocks('更新が年1回以下のデータも多い。実績はない。\n（2）施策の方向\n公開を進める。')).toEqual([
      '更新が年1回以下のデータも多い。実績はない。',
      '（2）施策の方向',
      '公開を進める。',
    ]);
    expect(blocks('取組は以下のとおり。\n（1）相談\n（2）広報')).toEqual([
      '取組は以下のとおり。\n（1）相談\n（2）広報',
    ]);
  });

  it('ends a block after at most the given number of sentences when nothing else does', () => {
    expect(blocks('一つ目。二つ目。三つ目。四つ目。五つ目。', 2)).toEqual([
      '一つ目。二つ目。',
      '三つ目。四つ目。',
      '五つ目。',
    ]);
  });
});

describe('rewriteForCompany, a council answer with neither headings nor blank lines', () => {
  it('gets a block of ※ lines after each of its three topics, each ※ line a change of its own', () => {
    const text = topics.join('');
    const { rewritten, changes } = rewriteForCompany(text);
    const lines = rewritten.split('\n');
    const opens = (topic: string) => lines.findIndex((l) => l.startsWith(topic.slice(0, 8)));
    const [first, second, third] = topics.map(opens);
    // Each topic opens a line, and the ※ lines of its terms follow it, before the next topic.
    expect([first, second, third]).toEqual([0, expect.any(Number), expect.any(Number)]);
    const between = (from: number, to: number) => lines.slice(from + 1, to).filter((l) => l.startsWith('※'));
    expect(between(first!, second!)).toEqual(
      expect.arrayContaining(['※補正予算：年度の途中で追加・変更する予算']),
    );
    expect(between(second!, third!).length).toBeGreaterThanOrEqual(2);
    expect(between(third!, lines.length).length).toBeGreaterThanOrEqual(2);
    // The ※ lines start their lines whatever is accepted: a line break of its own comes first.
    const breaks = changes.filter((c) => c.rule === 'paragraph-break');
    expect(breaks.map((c) => c.start)).toEqual([topics[0]!.length, topics[0]!.length + topics[1]!.length]);
    const notes = changes.filter((c) => /^※/u.test(c.after));
    expect(notes.every((c) => c.after.endsWith('\n'))).toBe(true);
    expect(rewriteForCompany(rewritten).changes).toEqual([]);
  });

  it('keeps a ※ line inside a paragraph with its line break, whatever is accepted or rejected', () => {
    const text = topics.join('');
    const { changes } = rewriteForCompany(text);
    const all = changes.map(() => true);
    const lineBreak = changes.findIndex((c) => c.rule === 'paragraph-break');
    const note = changes.findIndex((c, i) => i > lineBreak && c.after.startsWith('※'));
    // Rejecting the break rejects the ※ lines after it; accepting one of them accepts it again.
    const noBreak = decideChange(changes, all, lineBreak, false);
    expect(noBreak[note]).toBe(false);
    expect(applyChanges(text, changes, (_c, i) => noBreak[i]!)).not.toMatch(/。※/u);
    const oneNote = decideChange(changes, noBreak, note, true);
    expect(oneNote[lineBreak]).toBe(true);
    expect(applyChanges(text, changes, (_c, i) => oneNote[i]!)).toContain(`。\n${changes[note]!.after}`);
    // Other decisions stay as they were.
    expect(oneNote.filter((v, i) => v !== noBreak[i])).toEqual([true, true]);
  });
});
