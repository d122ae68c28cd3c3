import type { FoundInText } from '../../../../common/brief';
import { ja } from '../../i18n/ja';

type FoundKey = keyof typeof ja.briefs.readiness.fromText;

function isFoundKey(key: string): key is FoundKey {
  return Object.hasOwn(ja.briefs.readiness.fromText, key);
}

/**
 * The name of a check that a sentence of the text answered (予算, スケジュール …), in the language
 * shown; `body` names the body in that language (「町が提供できるもの」, "What the town provides").
 */
export function foundLabel(
  item: FoundInText,
  t: (key: `briefs.readiness.fromText.${FoundKey}`, options: { body: string }) => string,
  body: string,
): string {
  return isFoundKey(item.key) ? t(`briefs.readiness.fromText.${item.key}`, { body }) : item.key;
}
