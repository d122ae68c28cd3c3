export const nav = {
  label: 'メインメニュー',
  issues: '課題とブリーフ',
  workshops: 'ワークショップ',
  council: '議会メモ',
  search: '検索',
  settings: '設定・同期',
};
