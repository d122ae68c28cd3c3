/**
 * Which kind of local government a text is written by, and glossary wordings said for it. The
 * shipped plain wordings speak of 市 (庁内 → 市役所の中, 一般財源 → 使い道が決まっていない市の自由なお金);
 * in a 町's, a 村's, a 区's or a prefecture's text they would name the wrong body. So the wording
 * says 町役場, 村の, 区長, 県の, 都庁 … instead, for every entry at once, by the shape of the words
 * (市役所, 市長, 市の, 市が …), never 都市, 市場, 市町村 or a term that names a 市 itself (市債). The
 * body is the issue's municipality when one is chosen (「北海道 森町」), else how the text names
 * itself (本町, 村長 …), else 市.
 */
import { shippedGlossary } from './glossary';
import { bodyFor, localWording, type LocalBody } from './localBody';
import type { AnalyzeOptions, GlossaryEntry } from './types';

export * from './localBody';

const localized = new Map<LocalBody, readonly GlossaryEntry[]>();
/** Localized glossaries by the user's glossary they hold (one array each, so the matcher is cached). */
const withUser = new WeakMap<readonly GlossaryEntry[], Map<LocalBody, readonly GlossaryEntry[]>>();
const LOCALIZED = new WeakSet<readonly GlossaryEntry[]>();
const NO_USER: readonly GlossaryEntry[] = [];

/** The shipped entries whose wording changes for `body`, said for it (computed once per body). */
function localEntries(body: LocalBody): readonly GlossaryEntry[] {
  let entries = localized.get(body);
  if (!entries) {
    entries = shippedGlossary().flatMap((e) => {
      // 市債, 市単: a term that names a 市 is about a 市, whoever writes (市町村 names no 市 alone).
      const namesCity = e.term.replace(/市区?町村|都市|市場|市街/gu, '').includes('市');
      if (namesCity) return [];
      // The company's view (why) is quoted in the brief's 用語集 beside the wording.
      const [plain, why] = [localWording(e.plain, body), localWording(e.why, body)];
      return plain === e.plain && why === e.why ? [] : [{ ...e, plain, why }];
    });
    localized.set(body, entries);
  }
  return entries;
}

/**
 * `options` with the glossary said for the body `text` is written by (the chosen municipality's
 * when `options.municipality` names one): the shipped entries whose
 * wording names a 市 are given as user entries in that body's words, before the user's own (which
 * still win). Options localized already (a sentence of a text being rewritten) stay as they are.
 */
export function localOptions(text: string, options: AnalyzeOptions): AnalyzeOptions {
  const user = options.userGlossary ?? NO_USER;
  if (LOCALIZED.has(user)) return options;
  const body = bodyFor(text, options.municipality);
  if (body === '市') return options;
  let byBody = withUser.get(user);
  if (!byBody) withUser.set(user, (byBody = new Map()));
  let userGlossary = byBody.get(body);
  if (!userGlossary) {
    userGlossary = [...localEntries(body), ...user];
    LOCALIZED.add(userGlossary);
    byBody.set(body, userGlossary);
  }
  return { ...options, userGlossary };
}
