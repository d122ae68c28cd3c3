import type { FoundInText, MissingItem } from '../../../../common/brief';
import { ja } from '../../i18n/ja';

type MissingKey = keyof typeof ja.briefs.readiness.missing;

function isMissingKey(key: string): key is MissingKey {
  return Object.hasOwn(ja.briefs.readiness.missing, key);
}

/**
 * What the readiness panel says a company cannot know yet, in the language shown. The domain's
 * own labels are Japanese; a check added there without a translation here shows that label.
 */
export function missingLabel(
  item: MissingItem,
  t: (key: `briefs.readiness.missing.${MissingKey}`) => string,
): string {
  return isMissingKey(item.key) ? t(`briefs.readiness.missing.${item.key}`) : item.label;
}

type FoundKey = keyof typeof ja.briefs.readiness.fromText;

function isFoundKey(key: string): key is FoundKey {
  return Object.hasOwn(ja.briefs.readiness.fromText, key);
}

/** The name of a check that a sentence of the text answered (予算, スケジュール …), in the language shown. */
export function foundLabel(
  item: FoundInText,
  t: (key: `briefs.readiness.fromText.${FoundKey}`) => string,
): string {
  return isFoundKey(item.key) ? t(`briefs.readiness.fromText.${item.key}`) : item.key;
}
