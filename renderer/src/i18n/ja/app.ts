export const app = {
  name: '共創デスク',
  tagline: '官民共創の仕事机',
  skipToContent: '本文へ移動',
  language: '表示言語',
  loading: '読み込み中…',
  storageNotPersisted: 'ブラウザがデータを消去する可能性があります。大事なデータはバックアップしてください。',
  fatal: 'データベースを開けませんでした: {{message}}',
  pageError: {
    title: 'この画面を表示できませんでした',
    body: 'ほかの画面はそのまま使えます。保存済みのデータは失われていません。',
    retry: 'もう一度表示する',
    back: '課題一覧へ戻る',
    detail: '技術的な詳細',
  },
};
