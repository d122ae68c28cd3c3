export const backup = {
  title: 'バックアップと復元',
  help: 'すべての記録（削除済みの記録を含む）・設定・未送信の変更を 1 つのファイルに保存します。パスワードなどの秘密情報は含みません。',
  create: 'バックアップを作成',
  restore: 'バックアップから復元',
  restoreHelp:
    '復元は現在のデータを消さずに統合します。同じ記録は新しい変更が残り、同じファイルを 2 回復元しても重複しません。',
  chooseFile: 'バックアップファイルを選択',
  exporting: 'バックアップを作成中… {{done}} / {{total}} 件',
  reading: 'ファイルを確認中… {{percent}}%',
  applying: '復元中… {{done}} / {{total}} 件',
  /** {{records}}: the `records` saved, joined with `recordSeparator` (「課題 12 件、議会メモ 40 件」). */
  created: 'バックアップを保存しました（{{records}}）。',
  createdNoRecords: 'バックアップを保存しました（記録はまだなく、設定だけを保存しました）。',
  recordSeparator: '、',
  /** What a backup holds, per kind of record: live ones (deleted ones are saved but not counted). */
  records: {
    issues: '課題 {{count}} 件',
    briefs: 'ブリーフ {{count}} 件',
    glossaryTerms: '用語 {{count}} 件',
    workshops: 'ワークショップ {{count}} 件',
    agendaItems: 'アジェンダ項目 {{count}} 件',
    ideas: 'アイデアの付箋 {{count}} 枚',
    votes: 'ドット投票 {{count}} 票',
    actionItems: 'アクション {{count}} 件',
    councilSessions: '議会の会議 {{count}} 件',
    notes: '議会メモ {{count}} 件',
    conflicts: '競合 {{count}} 件',
  },
  restored: 'バックアップから復元しました。',
  confirm: {
    title: 'このバックアップ（{{time}} 作成）を復元しますか？',
    /** {{records}}: one of `records` (「課題 12 件」). */
    kind: '{{records}}（うち {{here}} 件はこの端末にもあり、項目ごとに新しい方を残します）',
    merge: '今のデータは消しません。同期の設定はファイルから読み込みません。',
    queued: 'ファイルに残っていた未送信の変更 {{count}} 件は、次の同期であなたの変更として送信されます。',
    restore: '復元する',
  },
  refused: 'このファイルは復元できません。データは変更していません。',
  failed: 'バックアップを作成できませんでした: {{message}}',
  problem: {
    empty: 'ファイルが空です。',
    notJson: 'ファイルが壊れているか、バックアップファイルではありません。',
    truncated: 'ファイルが途中で切れています（保存やコピーが最後まで終わっていない可能性があります）。',
    foreign: '共創デスクのバックアップファイルではありません。',
    newerFormat:
      '新しいバージョンの共創デスクで作成されたファイルです。アプリを更新してから復元してください。',
    newerSchema:
      '新しいバージョンの共創デスクで作成されたファイルです。アプリを更新してから復元してください。',
    invalidHeader: 'バックアップファイルの見出し情報が正しくありません。',
    invalidRecord: '記録の内容が正しくありません（{{where}}）。',
    countMismatch: '記録の件数が合いません。ファイルが欠けている可能性があります。',
    unknown: '復元中にエラーが起きました。データは変更していません。',
  },
};
