/**
 * The built-in templates and facilitation methods (assets/workshops/*.json), checked once when
 * loaded, and the method search. Shipped as data so they can be reviewed and extended without code.
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

/** Validates template data; throws with the path of the first problem. */
export function parseTemplates(raw: unknown): WorkshopTemplate[] {
  if (!Array.isArray(raw)) throw new Error('templates: list expected');
  return raw.map((value, t) => {
    const r = record(value, `templates[${t}]`);
    if (!Array.isArray(r.items) || r.items.length === 0) throw new Error(`templates[${t}]: items expected`);
    return {
      id: text(r.id, `templates[${t}].id`),
      name: text(r.name, `templates[${t}].name`),
      description: text(r.description, `templates[${t}].description`),
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
        };
      }),
    };
  });
}

/** Validates method data; throws with the path of the first problem. */
export function parseMethods(raw: unknown): FacilitationMethod[] {
  if (!Array.isArray(raw)) throw new Error('methods: list expected');
  return raw.map((value, m) => {
    const where = `methods[${m}]`;
    const r = record(value, where);
    if (!Array.isArray(r.steps) || r.steps.length < 2)
      throw new Error(`${where}.steps: at least two steps expected`);
    return {
      id: text(r.id, `${where}.id`),
      name: text(r.name, `${where}.name`),
      kind: kind(r.kind, `${where}.kind`),
      purpose: text(r.purpose, `${where}.purpose`),
      steps: r.steps.map((s, i) => text(s, `${where}.steps[${i}]`)),
      minutes: minutes(r.minutes, `${where}.minutes`),
      groupSize: text(r.groupSize, `${where}.groupSize`),
      materials: text(r.materials, `${where}.materials`, true),
    };
  });
}

export const BUILT_IN_TEMPLATES: readonly WorkshopTemplate[] = parseTemplates(shippedTemplates);
export const BUILT_IN_METHODS: readonly FacilitationMethod[] = parseMethods(shippedMethods);

/** Folds width and case so 'ＫＪ' finds 'KJ法' and 'kpt' finds 'KPT'. */
export function normalizeForSearch(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

/** Methods whose name, purpose, steps or materials contain every word of the query. */
export function searchMethods<M extends FacilitationMethod>(methods: readonly M[], query: string): M[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...methods];
  return methods.filter((m) => {
    const haystack = normalizeForSearch([m.name, m.purpose, ...m.steps, m.materials, m.groupSize].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
}

/** Method steps as facilitator notes for an agenda item. */
export function methodNotes(method: Pick<FacilitationMethod, 'purpose' | 'steps' | 'groupSize'>): string {
  const steps = method.steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
  return `${method.purpose}\n\n${steps}\n\n${method.groupSize}`;
}
