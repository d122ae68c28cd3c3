import { describe, expect, it } from 'vitest';
import { noteAnchor, pointsBack } from './noteAnchor';
import { maskText, segment } from './text';

const sentencesOf = (text: string) => segment(text, maskText(text)).sentences;

describe('pointsBack', () => {
  it('knows connectives and demonstratives that refer to the sentence before', () => {
    for (const s of [
      'また、計画を見直す。',
      'あわせて、周知する。',
      'このため、窓口を増やす。',
      'この計画は5年間である。',
      '同計画では、目標を定める。',
      'なお、費用は市が負担する。',
    ])
      expect(pointsBack(s), s).toBe(true);
  });

  it('leaves a sentence that starts afresh, and これまで/それぞれ (so far, each)', () => {
    for (const s of [
      '本市では、窓口を増やす。',
      'これまで、市は3回の説明会を開いた。',
      'それぞれの地区で開く。',
      '令和7年度に実施する。',
    ])
      expect(pointsBack(s), s).toBe(false);
  });
});

describe('noteAnchor', () => {
  it('moves past the sentences after it that point back, up to one that starts afresh', () => {
    const text = '市は施策を進める。また、計画を見直す。このため、窓口を増やす。本市では相談が多い。';
    const sentences = sentencesOf(text);
    expect(text.slice(0, noteAnchor(text, sentences, 0))).toBe(
      '市は施策を進める。また、計画を見直す。このため、窓口を増やす。',
    );
    expect(noteAnchor(text, sentences, 3)).toBe(text.length);
  });

  it('stays at the end of the sentence when the next one starts afresh, and never crosses a line', () => {
    const text = '市は施策を進める。本市では相談が多い。\nまた、計画を見直す。';
    const sentences = sentencesOf(text);
    expect(noteAnchor(text, sentences, 0)).toBe('市は施策を進める。'.length);
    expect(noteAnchor(text, sentences, 1)).toBe('市は施策を進める。本市では相談が多い。'.length);
  });
});
