export const common = {
  create: '作成',
  save: '保存',
  saved: '保存しました',
  saving: '保存中…',
  delete: '削除',
  close: '閉じる',
  cancel: 'キャンセル',
  back: '戻る',
  breadcrumb: 'パンくずリスト',
  untitled: '（無題）',
  updatedAt: '更新: {{time}}',
  empty: 'まだありません。',
  saveFailed: '保存できませんでした: {{message}}',
  tooLongInsert:
    'この欄に入るのは {{max}} 文字までです。入れようとした {{inserted}} 文字は取り込みませんでした（元のテキストはそのままです）。必要な部分だけを選ぶか、文章を分けて入れてください。',
};
