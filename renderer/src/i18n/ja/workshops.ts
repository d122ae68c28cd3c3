export const workshops = {
  title: 'ワークショップ',
  lead: 'テンプレートから時間配分つきのアジェンダを作り、タイマーで進行します。',
  newTitle: 'ワークショップ名',
  newPlaceholder: '例: 課題の言語化ワークショップ（〇〇市）',
  add: 'ワークショップを追加',
};
