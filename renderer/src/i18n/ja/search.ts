export const search = {
  title: '検索',
  lead: '課題・ブリーフ・議会メモを日本語で横断検索します。',
  label: '検索語',
  placeholder: '例: 移動支援',
  noResults: '見つかりませんでした。',
};
