export const app = {
  name: '共創デスク',
  tagline: '官民共創の仕事机',
  skipToContent: '本文へ移動',
  language: '表示言語',
  loading: '読み込み中…',
  storageNotPersisted: 'ブラウザがデータを消去する可能性があります。大事なデータはバックアップしてください。',
  fatal: 'データベースを開けませんでした: {{message}}',
};
