import { describe, expect, it } from 'vitest';
import { analyzeText, buildContext } from '../analyze';
import { fakeAnalyser } from './fakeTokens.testkit';
import type { JargonModel } from './jargonModel';
import { UNLISTED_JARGON_RULE, unlistedJargon } from './unlistedJargon';

/** [surface, pos, detail, IPADIC cost]: the word costs the shapes read. */
type Word = [string, string, string, number];

const noun = (surface: string, cost: number): Word => [surface, '名詞', '一般', cost];
const action = (surface: string, cost: number): Word => [surface, '名詞', 'サ変接続', cost];
const suffix = (surface: string): Word => [surface, '名詞', '接尾', 7000];
const tail: Word[] = [
  ['を', '助詞', '格助詞', 100],
  ['行う', '動詞', '自立', 100],
  ['。', '記号', '句点', 0],
];

/**
 * A hand-set model, so these tests pin the rule's mechanics (threshold, once per word, known words,
 * messages per shape) and not the weights the training script learns.
 */
const model: JargonModel = {
  bias: -1,
  threshold: 0,
  weights: {
    sahenPair: 2,
    'suffix:abstract': 2,
    'suffix:money': 2,
    'words:3': 2,
    unseenWords: 1.5,
    allFamiliar: -1,
  },
};

/** The unlisted-jargon findings for `text` cut into `words`, with no glossary word known. */
function marks(text: string, words: Word[]): string[] {
  const ctx = buildContext(text, { analyser: fakeAnalyser([...words, ...tail]) });
  return unlistedJargon(ctx, [], model).map((f) => f.text);
}

describe('unlisted-jargon rule', () => {
  it('marks two action nouns in a row and suggests unpacking them into verbs', () => {
    const ctx = buildContext('照合確認を行う。', {
      analyser: fakeAnalyser([action('照合', 4467), action('確認', 2000), ...tail]),
    });
    const [found] = unlistedJargon(ctx, [], model);
    expect(found?.text).toBe('照合確認');
    expect(found?.message).toContain('行政用語の可能性があります');
    expect(found?.suggestion).toContain('照合して確認する');
  });

  it('marks an abstraction with 化 and a budget item by its suffix, with a message for each', () => {
    const ctx = buildContext('均等化と扶助費を行う。', {
      analyser: fakeAnalyser([
        noun('均等', 5500),
        suffix('化'),
        ['と', '助詞', '並立助詞', 100],
        action('扶助', 4466),
        suffix('費'),
        ...tail,
      ]),
    });
    const found = unlistedJargon(ctx, [], model);
    expect(found.map((f) => f.text)).toEqual(['均等化', '扶助費']);
    expect(found[0]?.message).toContain('抽象的');
    expect(found[1]?.message).toContain('お金');
  });

  it('leaves a pair of familiar words and everyday 〜化 words alone', () => {
    expect(marks('人口減少を行う。', [noun('人口', 3554), action('減少', 4266)])).toEqual([]);
    expect(marks('高齢化を行う。', [noun('高齢', 4065), suffix('化')])).toEqual([]);
  });

  it('leaves a date or count alone, however rare its parts (令和元年度比)', () => {
    const date: Word[] = [noun('令和', 6000), noun('元年', 6000), suffix('度'), suffix('比')];
    expect(marks('令和元年度比を行う。', date)).toEqual([]);
    // An abstraction this model marks on its own is left alone once it opens with an era.
    expect(marks('均等化を行う。', [noun('均等', 5500), suffix('化')])).toEqual(['均等化']);
    expect(marks('令和均等化を行う。', [noun('令和', 6000), noun('均等', 5500), suffix('化')])).toEqual([]);
  });

  it('marks a word once, and not where the glossary already has it', () => {
    const text = '需給逼迫を行う。需給逼迫を行う。';
    const words = [noun('需給', 5600), action('逼迫', 4466), ...tail];
    const ctx = buildContext(text, { analyser: fakeAnalyser([...words, ...words]) });
    expect(unlistedJargon(ctx, [], model).map((f) => f.start)).toEqual([0]);
    expect(
      unlistedJargon(
        ctx,
        [
          { start: 0, end: 4 },
          { start: 8, end: 12 },
        ],
        model,
      ),
    ).toEqual([]);
  });

  it('joins a katakana name cut at ・ into one word and calls it a loan word', () => {
    const ctx = buildContext('スクラップ・アンド・ビルドを行う。', {
      analyser: fakeAnalyser([
        ['スクラップ', '名詞', '一般', 3000],
        ['・', '記号', '一般', 0],
        ['アンド', '名詞', '一般', 5600],
        ['・', '記号', '一般', 0],
        ['ビルド', '名詞', '一般', 5600],
        ...tail,
      ]),
    });
    const loanword: JargonModel = { bias: -1, threshold: 0, weights: { katakana: 2 } };
    const [found] = unlistedJargon(ctx, [], loanword);
    expect(found?.text).toBe('スクラップ・アンド・ビルド');
    expect(found?.message).toContain('カタカナ語');
  });

  it('marks a hedged council promise even without an analyser, and tells the company it is not a commitment', () => {
    const found = analyzeText('制度の見直しについては、検討を進めてまいります。', {
      rules: [UNLISTED_JARGON_RULE],
    });
    expect(found.map((f) => f.text)).toEqual(['検討を進めてまいります']);
    expect(found[0]?.message).toContain('まだ何も決まっていない');
    expect(analyzeText('関係団体と協議してまいります。', { rules: [UNLISTED_JARGON_RULE] })).toEqual([]);
  });
});
