import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';
import { RAW_MIMAMORI } from '../fixtures/issues';

const vague = (text: string) => analyzeText(text, { rules: ['vague-tou'] });

describe('vague-tou rule', () => {
  it('flags 等 after a single noun, pointing at the noun phrase', () => {
    const found = vague(RAW_MIMAMORI);
    expect(found.map((f) => f.text)).toEqual(['地域包括支援センター等']);
    expect(found[0]!.suggestion).toContain('例：');
  });

  it('starts at the start of the word, not mid-word where its kana begins (在り方等)', () => {
    const [found] = vague('公共交通の在り方等について検討する。');
    expect(found?.text).toBe('在り方等');
    expect(found?.message).toContain('「在り方」以外に');
  });

  it('accepts 等・など after listed examples', () => {
    expect(vague('高齢者、障害者等の移動を支援する。')).toEqual([]);
    expect(vague('センサーやカメラなどの機器を設置する。')).toEqual([]);
    expect(vague('警察・消防等と連携する。')).toEqual([]);
    expect(vague('関係機関等（警察署、消防署）と連携する。')).toEqual([]);
  });

  it('flags など after a lone noun too', () => {
    expect(vague('各種団体などに協力を依頼する。').map((f) => f.text)).toEqual(['各種団体など']);
  });

  it('leaves 等 inside ordinary words alone', () => {
    expect(vague('男女平等を推進し、高等学校と同等の教育を行う。等級は3段階である。')).toEqual([]);
  });
});
