/**
 * The shape of a translation: the same keys as the Japanese original, every leaf a string. A
 * translation may add the singular of a counted string (`key_one`, i18next's plural suffix):
 * Japanese has one form, English says "1 issue" but "2 issues".
 */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> } & {
  [K in keyof T as T[K] extends string ? `${K & string}_one` : never]?: string;
};
