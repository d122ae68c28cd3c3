export const settings = {
  title: '設定・同期',
  lead: 'チームのサーバーと同期し、バックアップを管理します。',
  languageHelp: '画面の表示言語を切り替えます。',
  about: 'このアプリについて',
  version: 'バージョン {{version}}（{{shell}}）',
};
