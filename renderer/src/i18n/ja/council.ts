export const council = {
  title: '議会メモ',
  lead: '議会傍聴のメモを、時刻つきでオフラインでも確実に残します。',
  newTitle: '会議名',
  newPlaceholder: '例: 令和8年12月定例会 一般質問',
  add: '会議を追加',
};
