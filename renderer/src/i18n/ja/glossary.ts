export const glossary = {
  title: 'マイ用語集',
  lead: '自治体独自の用語を登録すると、分析で指摘と言い換えに使われます（同期されます）。',
  term: '用語',
  reading: 'よみ',
  plain: 'やさしい言い換え',
  explanation: '企業にとっての意味',
  category: '分類',
  add: '用語を追加',
  shipped: '標準の用語集: {{count}} 語',
  empty: 'まだ登録していません。',
};
