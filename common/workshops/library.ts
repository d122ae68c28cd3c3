/**
 * The built-in templates and facilitation methods (assets/workshops/*.json), checked once when
 * loaded, and the method search. Shipped as data so they can be reviewed and extended without code.
 *
 * Each built-in is written in Japanese with its English beside it (`en`: the same fields, the
 * template items without `method`, which is the named method's English name). Only the built-ins
 * are bilingual: a user's own method or template is a synced record in the language it was
 * written in, and an agenda item made from a built-in copies the text in the UI language of that
 * moment (switching the language later does not translate the agenda).
 */
import shippedMethods from '../../assets/workshops/methods.json';
import shippedTemplates from '../../assets/workshops/templates.json';
import { AGENDA_KINDS, type AgendaKind } from './kinds';
import { parseClock } from './timing';

export interface TemplateItem {
  title: string;
  minutes: number;
  kind: AgendaKind;
  method: string;
  materials: string;
  notes: string;
  sessionStart?: string;
}

export interface WorkshopTemplate {
  id: string;
  name: string;
  description: string;
  items: TemplateItem[];
}

export interface FacilitationMethod {
  id: string;
  name: string;
  kind: AgendaKind;
  purpose: string;
  steps: string[];
  minutes: number;
  groupSize: string;
  materials: string;
  /** A built-in's name in the other language: 「KJ法」 finds the English entry, "KPT" the Japanese. */
  alsoKnownAs?: string;
}

/** The languages the built-ins are written in (the UI's). */
export type LibraryLanguage = 'ja' | 'en';

type MethodText = Pick<FacilitationMethod, 'name' | 'purpose' | 'steps' | 'groupSize' | 'materials'>;
type ItemText = Pick<TemplateItem, 'title' | 'materials' | 'notes'>;

/** A built-in as shipped: Japanese, and English when translated. */
interface ShippedMethod extends FacilitationMethod {
  en?: MethodText;
}
interface ShippedTemplate extends WorkshopTemplate {
  en?: Pick<WorkshopTemplate, 'name' | 'description'>;
  items: (TemplateItem & { en?: ItemText })[];
}

function text(value: unknown, where: string, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === ''))
    throw new Error(`${where}: text expected`);
  return value;
}

function minutes(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 600) {
    throw new Error(`${where}: whole minutes between 1 and 600 expected`);
  }
  return value;
}

function kind(value: unknown, where: string): AgendaKind {
  if (!(AGENDA_KINDS as readonly unknown[]).includes(value)) throw new Error(`${where}: unknown kind`);
  return value as AgendaKind;
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where}: object expected`);
  return value as Record<string, unknown>;
}

function steps(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length < 2) throw new Error(`${where}: at least two steps expected`);
  return value.map((s, i) => text(s, `${where}[${i}]`));
}

/** The English beside a built-in, when there is one: each field as the Japanese requires it. */
function english<T>(value: unknown, where: string, read: (r: Record<string, unknown>) => T): { en?: T } {
  return value === undefined ? {} : { en: read(record(value, where)) };
}

/** Validates template data; throws with the path of the first problem. */
export function parseTemplates(raw: unknown): ShippedTemplate[] {
  if (!Array.isArray(raw)) throw new Error('templates: list expected');
  return raw.map((value, t) => {
    const r = record(value, `templates[${t}]`);
    if (!Array.isArray(r.items) || r.items.length === 0) throw new Error(`templates[${t}]: items expected`);
    return {
      id: text(r.id, `templates[${t}].id`),
      name: text(r.name, `templates[${t}].name`),
      description: text(r.description, `templates[${t}].description`),
      ...english(r.en, `templates[${t}].en`, (en) => ({
        name: text(en.name, `templates[${t}].en.name`),
        description: text(en.description, `templates[${t}].en.description`),
      })),
      items: r.items.map((itemValue, i) => {
        const where = `templates[${t}].items[${i}]`;
        const item = record(itemValue, where);
        const session = item.sessionStart;
        if (session !== undefined && parseClock(text(session, `${where}.sessionStart`)) === null) {
          throw new Error(`${where}.sessionStart: HH:MM expected`);
        }
        return {
          title: text(item.title, `${where}.title`),
          minutes: minutes(item.minutes, `${where}.minutes`),
          kind: kind(item.kind, `${where}.kind`),
          method: text(item.method, `${where}.method`, true),
          materials: text(item.materials, `${where}.materials`, true),
          notes: text(item.notes, `${where}.notes`, true),
          ...(typeof session === 'string' ? { sessionStart: session } : {}),
          ...english(item.en, `${where}.en`, (en) => ({
            title: text(en.title, `${where}.en.title`),
            materials: text(en.materials, `${where}.en.materials`, true),
            notes: text(en.notes, `${where}.en.notes`, true),
          })),
        };
      }),
    };
  });
}

/** Validates method data; throws with the path of the first problem. */
export function parseMethods(raw: unknown): ShippedMethod[] {
  if (!Array.isArray(raw)) throw new Error('methods: list expected');
  const methodText = (r: Record<string, unknown>, where: string): MethodText => ({
    name: text(r.name, `${where}.name`),
    purpose: text(r.purpose, `${where}.purpose`),
    steps: steps(r.steps, `${where}.steps`),
    groupSize: text(r.groupSize, `${where}.groupSize`),
    materials: text(r.materials, `${where}.materials`, true),
  });
  return raw.map((value, m) => {
    const where = `methods[${m}]`;
    const r = record(value, where);
    return {
      id: text(r.id, `${where}.id`),
      kind: kind(r.kind, `${where}.kind`),
      minutes: minutes(r.minutes, `${where}.minutes`),
      ...methodText(r, where),
      ...english(r.en, `${where}.en`, (en) => methodText(en, `${where}.en`)),
    };
  });
}

/** The built-ins as shipped (Japanese, with their English in `en`). */
export const SHIPPED_TEMPLATES: readonly ShippedTemplate[] = parseTemplates(shippedTemplates);
export const SHIPPED_METHODS: readonly ShippedMethod[] = parseMethods(shippedMethods);

function methodIn(method: ShippedMethod, language: LibraryLanguage): FacilitationMethod {
  const { en, ...ja } = method;
  if (language === 'ja' || !en) return { ...ja, ...(en ? { alsoKnownAs: en.name } : {}) };
  return { ...ja, ...en, alsoKnownAs: ja.name };
}

const ENGLISH_METHOD_NAME = new Map(SHIPPED_METHODS.map((m) => [m.name, m.en?.name ?? m.name]));

function templateIn(template: ShippedTemplate, language: LibraryLanguage): WorkshopTemplate {
  const { en, items, ...ja } = template;
  return {
    ...ja,
    ...(language === 'en' ? en : {}),
    items: items.map(({ en: itemEn, ...item }) =>
      language === 'en' && itemEn
        ? { ...item, ...itemEn, method: item.method && (ENGLISH_METHOD_NAME.get(item.method) ?? item.method) }
        : item,
    ),
  };
}

const byLanguage = <S, T>(shipped: readonly S[], say: (s: S, l: LibraryLanguage) => T) => ({
  ja: shipped.map((s) => say(s, 'ja')),
  en: shipped.map((s) => say(s, 'en')),
});
const METHODS = byLanguage(SHIPPED_METHODS, methodIn);
const TEMPLATES = byLanguage(SHIPPED_TEMPLATES, templateIn);

/** The built-in methods in `language` (Japanese for any other). */
export function builtInMethods(language: string): readonly FacilitationMethod[] {
  return language === 'en' ? METHODS.en : METHODS.ja;
}

/** The built-in templates in `language` (Japanese for any other). */
export function builtInTemplates(language: string): readonly WorkshopTemplate[] {
  return language === 'en' ? TEMPLATES.en : TEMPLATES.ja;
}

/** The Japanese built-ins (the shipped originals). */
export const BUILT_IN_TEMPLATES: readonly WorkshopTemplate[] = TEMPLATES.ja;
export const BUILT_IN_METHODS: readonly FacilitationMethod[] = METHODS.ja;

/**
 * Folds width, case and Latin accents so 'ＫＪ' finds 'KJ法', 'kpt' finds 'KPT' and 'cafe' finds
 * 'Café' (only Latin marks: a kana's voicing mark stays, が is not か).
 */
export function normalizeForSearch(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** Methods whose name (in either language), purpose, steps or materials contain every word of the query. */
export function searchMethods<M extends FacilitationMethod>(methods: readonly M[], query: string): M[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...methods];
  return methods.filter((m) => {
    const haystack = normalizeForSearch(
      [m.name, m.alsoKnownAs ?? '', m.purpose, ...m.steps, m.materials, m.groupSize].join('\n'),
    );
    return words.every((w) => haystack.includes(w));
  });
}

/** Method steps as facilitator notes for an agenda item. */
export function methodNotes(method: Pick<FacilitationMethod, 'purpose' | 'steps' | 'groupSize'>): string {
  const steps = method.steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
  return `${method.purpose}\n\n${steps}\n\n${method.groupSize}`;
}
