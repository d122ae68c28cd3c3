export const common = {
  create: '作成',
  save: '保存',
  saved: '保存しました',
  saving: '保存中…',
  delete: '削除',
  close: '閉じる',
  cancel: 'キャンセル',
  back: '戻る',
  untitled: '（無題）',
  updatedAt: '更新: {{time}}',
  empty: 'まだありません。',
  saveFailed: '保存できませんでした: {{message}}',
};
