import { describe, expect, it } from 'vitest';
import rawMethods from '../../assets/workshops/methods.json';
import rawTemplates from '../../assets/workshops/templates.json';
import {
  BUILT_IN_METHODS,
  BUILT_IN_TEMPLATES,
  methodNotes,
  parseMethods,
  parseTemplates,
  searchMethods,
} from './library';

describe('built-in workshop library', () => {
  it('ships the five Japanese templates the issue names, with timings and facilitator notes', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        '課題の言語化ワークショップ',
        'アイデアソン',
        '逆プロポ説明会',
        'KPT振り返り',
        '共有→発散→収束→共有',
      ]),
    );
    for (const t of BUILT_IN_TEMPLATES) {
      const total = t.items.reduce((sum, i) => sum + i.minutes, 0);
      expect(total, t.name).toBeGreaterThanOrEqual(45);
      expect(total, t.name).toBeLessThanOrEqual(8 * 60);
      expect(t.items.filter((i) => i.notes.length >= 10).length, t.name).toBeGreaterThanOrEqual(
        t.items.length - 1,
      );
    }
  });

  it('has at least 30 methods with purpose, steps, duration, group size, unique ids and names', () => {
    expect(BUILT_IN_METHODS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BUILT_IN_METHODS.map((m) => m.id)).size).toBe(BUILT_IN_METHODS.length);
    expect(new Set(BUILT_IN_METHODS.map((m) => m.name)).size).toBe(BUILT_IN_METHODS.length);
    for (const name of [
      'ブレインストーミング',
      'ブレインライティング',
      'KJ法（親和図）',
      'ワールドカフェ',
      'ドット投票',
    ]) {
      expect(BUILT_IN_METHODS.map((m) => m.name)).toContain(name);
    }
  });

  it('every method a template names is in the library', () => {
    const names = new Set(BUILT_IN_METHODS.map((m) => m.name));
    for (const t of BUILT_IN_TEMPLATES)
      for (const i of t.items) if (i.method) expect(names, `${t.name}: ${i.method}`).toContain(i.method);
  });

  it('the data is written in Japanese (no stray half-width punctuation in prose)', () => {
    const prose = [
      ...BUILT_IN_METHODS.flatMap((m) => [m.purpose, ...m.steps]),
      ...BUILT_IN_TEMPLATES.flatMap((t) => t.items.map((i) => i.notes)),
    ];
    for (const p of prose) expect(p, p).not.toMatch(/[,.](?!\d)|\?|!/);
  });

  it('refuses broken data with the path of the problem', () => {
    expect(() =>
      parseTemplates([
        {
          ...rawTemplates[0],
          items: [{ title: 'x', minutes: 0, kind: 'share', method: '', materials: '', notes: '' }],
        },
      ]),
    ).toThrow('templates[0].items[0].minutes: whole minutes');
    expect(() => parseMethods([{ ...rawMethods[0], kind: 'party' }])).toThrow(
      'methods[0].kind: unknown kind',
    );
    expect(() => parseMethods([{ ...rawMethods[0], steps: ['one'] }])).toThrow('methods[0].steps');
    expect(() =>
      parseTemplates([
        { ...rawTemplates[0], items: [{ ...rawTemplates[0]?.items[0], sessionStart: '25:00' }] },
      ]),
    ).toThrow('sessionStart');
  });
});

describe('searchMethods', () => {
  it('finds by name, purpose or materials, across width and case', () => {
    expect(searchMethods(BUILT_IN_METHODS, 'ＫＪ').map((m) => m.name)).toContain('KJ法（親和図）');
    expect(searchMethods(BUILT_IN_METHODS, 'kpt').map((m) => m.name)).toContain('KPT');
    expect(searchMethods(BUILT_IN_METHODS, '丸シール').map((m) => m.name)).toContain('ドット投票');
  });

  it('needs every word to match, and an empty query lists everything', () => {
    expect(searchMethods(BUILT_IN_METHODS, '付箋 模造紙 ブレインストーミング').map((m) => m.name)).toEqual([
      'ブレインストーミング',
    ]);
    expect(searchMethods(BUILT_IN_METHODS, '  ')).toHaveLength(BUILT_IN_METHODS.length);
    expect(searchMethods(BUILT_IN_METHODS, '存在しない手法名')).toEqual([]);
  });

  it('turns a method into numbered facilitator notes', () => {
    expect(methodNotes({ purpose: '目的', steps: ['一', '二'], groupSize: '4人' })).toBe(
      '目的\n\n1. 一\n2. 二\n\n4人',
    );
  });
});
