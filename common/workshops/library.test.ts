import { describe, expect, it } from 'vitest';
import rawMethods from '../../assets/workshops/methods.json';
import rawTemplates from '../../assets/workshops/templates.json';
import {
  BUILT_IN_METHODS,
  BUILT_IN_TEMPLATES,
  builtInMethods,
  builtInTemplates,
  methodNotes,
  parseMethods,
  parseTemplates,
  searchMethods,
  SHIPPED_METHODS,
  SHIPPED_TEMPLATES,
} from './library';

/** Kana, kanji and full-width forms: none belongs in the English text. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e]/;

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

describe('the built-ins in English', () => {
  it('every method has every field in English, step for step', () => {
    expect(SHIPPED_METHODS).toHaveLength(34);
    for (const m of SHIPPED_METHODS) {
      const en = m.en;
      expect(en, m.id).toBeDefined();
      if (!en) continue;
      expect(en.steps, m.id).toHaveLength(m.steps.length);
      expect(en.materials === '', `${m.id} materials`).toBe(m.materials === '');
      for (const text of [en.name, en.purpose, en.groupSize, en.materials, ...en.steps]) {
        expect(text, `${m.id}: ${text}`).not.toMatch(JAPANESE);
        expect(text, 'typographic apostrophes, as the UI strings').not.toMatch(/'/);
      }
    }
    expect(new Set(SHIPPED_METHODS.map((m) => m.en?.name)).size).toBe(SHIPPED_METHODS.length);
  });

  it('every template and each of its items has its English', () => {
    expect(SHIPPED_TEMPLATES).toHaveLength(5);
    for (const t of SHIPPED_TEMPLATES) {
      expect(t.en, t.id).toBeDefined();
      for (const text of [t.en?.name ?? '', t.en?.description ?? ''])
        expect(text, `${t.id}: ${text}`).toMatch(/^[^\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e]+$/);
      for (const item of t.items) {
        expect(item.en, `${t.id}: ${item.title}`).toBeDefined();
        if (!item.en) continue;
        expect(item.en.title, item.title).not.toBe('');
        expect(item.en.notes === '', `${item.title} notes`).toBe(item.notes === '');
        expect(item.en.materials === '', `${item.title} materials`).toBe(item.materials === '');
        for (const text of [item.en.title, item.en.notes, item.en.materials])
          expect(text, `${t.id}: ${text}`).not.toMatch(JAPANESE);
      }
    }
  });

  it('lists the built-ins in the language asked for, same ids, timings and kinds', () => {
    const en = builtInMethods('en');
    const kpt = en.find((m) => m.id === 'kpt');
    expect(kpt?.name).toBe('KPT (Keep / Problem / Try)');
    expect(kpt?.alsoKnownAs).toBe('KPT');
    expect(en.map((m) => [m.id, m.kind, m.minutes])).toEqual(
      BUILT_IN_METHODS.map((m) => [m.id, m.kind, m.minutes]),
    );
    expect(builtInMethods('ja')).toBe(BUILT_IN_METHODS);
    expect(builtInMethods('fr')).toBe(BUILT_IN_METHODS);
    const propo = builtInTemplates('en').find((t) => t.id === 'gyaku-propo');
    expect(propo?.name).toBe('Reverse-proposal briefing (gyaku-puro)');
    expect(builtInTemplates('ja').find((t) => t.id === 'gyaku-propo')?.name).toBe('逆プロポ説明会');
  });

  it('an English template item names its method by the method’s English name', () => {
    const names = new Set(builtInMethods('en').map((m) => m.name));
    let named = 0;
    for (const t of builtInTemplates('en'))
      for (const i of t.items)
        if (i.method) {
          named++;
          expect(names, `${t.name}: ${i.method}`).toContain(i.method);
        }
    expect(named).toBeGreaterThan(20);
    const kj = builtInTemplates('en')[0]?.items.find((i) => i.method.startsWith('KJ'));
    expect(kj?.method).toBe('KJ method (affinity diagram)');
  });

  it('finds English words in English, and either language’s name', () => {
    const en = builtInMethods('en');
    const names = (query: string) => searchMethods(en, query).map((m) => m.id);
    expect(names('affinity')).toEqual(['kj-method']);
    // The English search box's own examples: 'e.g. sticky notes, retrospective, KJ'.
    expect(names('retrospective')).toEqual(['kpt']);
    expect(names('kj')).toEqual(['kj-method']);
    expect(names('dot stickers')).toContain('dot-voting');
    expect(names('STICKY notes')).toContain('brainstorming');
    expect(names('KJ法')).toEqual(['kj-method']);
    expect(names('world cafe')).toEqual(['world-cafe']);
    expect(searchMethods(BUILT_IN_METHODS, 'world café').map((m) => m.name)).toEqual(['ワールドカフェ']);
    // Japanese words are not in the English text: only a name in Japanese finds an English entry.
    expect(names('付箋')).toEqual([]);
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
