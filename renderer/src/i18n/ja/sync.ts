export const sync = {
  status: {
    notConfigured: '同期は未設定です',
    idle: '同期を待っています',
    offline: 'オフラインです。変更はこの端末に保存され、接続後に同期します',
    preparing: '同期の準備中… {{done}} / {{total}} 件',
    pushing: '同期中… 送信 {{pushed}} / {{total}} 件',
    pulling: '同期中… 受信 {{pulled}} 件',
    upToDate: '最新です（{{time}} に同期）',
    conflicts: '未解決の競合 {{count}} 件',
  },
  error: {
    network: 'サーバーに接続できません。ネットワークとサーバーのURLを確認してください',
    networkRetry: 'サーバーに接続できません。{{time}} に自動で再試行します',
    unauthorized:
      'サーバーがこのトークンを受け付けません。管理者が取り消したか、新しいトークンを発行した可能性があります。変更はこの端末に残っています。管理者から新しいトークンをもらい、設定で入力してください',
    noToken:
      'このサーバー用のメンバートークンが保存されていません。設定でサーバーのURLとトークンを入力してください',
    notFound:
      'ワークスペースが見つからないか、このトークンでは参加できません。ワークスペースIDを確認してください',
    clockSkew:
      '端末の時計が正しくありません（サーバーの時刻: {{serverTime}}）。時計を合わせてから同期してください',
    protocolTooOld: 'このアプリは古いため同期できません。アップデートしてください',
    tooLarge: '送信するデータが大きすぎます。大きな本文を分けてください',
    server: 'サーバーでエラーが起きました（{{status}}）。自動で再試行します',
    rateLimited: 'サーバーへの要求が多すぎるため、少し待ちます。{{time}} に自動で再試行します',
    proxyTooLarge:
      'プロキシが大きすぎる送信を拒否しました（HTTP {{status}}）。変更はこの端末に残っています。管理者にプロキシの上限（nginx の client_max_body_size など）を確認してもらってください',
    proxyTooLargeRetry:
      'プロキシが大きすぎる送信を拒否しました（HTTP {{status}}）。変更はこの端末に残っています。{{time}} に自動で再試行します',
    proxyRefused:
      'サーバーの手前のプロキシが送信を拒否しました（HTTP {{status}}）。変更はこの端末に残っています。管理者に確認してください',
    proxyRefusedRetry:
      'サーバーの手前のプロキシが送信を拒否しました（HTTP {{status}}）。変更はこの端末に残っています。{{time}} に自動で再試行します',
    serverUnexpected:
      'サーバーから想定外の応答がありました（{{status}}）。サーバーのURLを確認してください。自動で再試行します',
    rejected:
      'サーバーが同期を受け付けませんでした（{{code}}）。アプリを更新するか、サーバーの管理者に伝えてください',
    internal: '予期しないエラーで同期が止まりました。変更は保持しており、次の同期で送信します',
    setAside: '{{count}} 件の変更を同期できませんでした（{{items}}）。{{kept}}',
    setAsideKept: '内容は競合として残してあります',
    setAsideLocal: '内容はこの端末の競合にだけ残してあります。短くしてから貼り直してください',
    setAsideTooLarge: '{{table}}: サーバーには大きすぎます',
    setAsideRefused: '{{table}}: サーバーが拒否しました（{{code}}）',
    recordTooLarge:
      '{{records}}が大きくなりすぎたため、この変更はサーバーに保存できませんでした。不要な部分を削るか、新しい記録に分けて書いてください。変更した内容は競合として残してあります',
    recordTooLargeItem: '「{{name}}」（{{table}}）',
    sentenceSeparator: '。',
    listSeparator: '、',
    retrying: '同期をやり直しています',
  },
  /** Record kinds as the sync status and log name them. */
  tables: {
    issues: '課題',
    briefs: 'ブリーフ',
    glossaryTerms: '用語',
    workshops: 'ワークショップ',
    agendaItems: 'アジェンダ項目',
    ideas: 'アイデア',
    votes: '投票',
    actionItems: 'アクション',
    councilSessions: '会議',
    notes: '議会メモ',
    conflicts: '競合',
    other: '記録（{{table}}）',
  },
  /** The synced text fields (those that can conflict), as the screens call them; after a kind (「ブリーフ の 本文」). */
  fields: {
    issues: {
      rawText: '自治体の原文',
      affected: '困っている人・対象者',
      evidence: '数字と根拠',
      offer: '自治体が提供できるもの',
      constraints: '制約・前提条件',
      budget: '予算と費用負担',
      schedule: 'スケジュール',
      contact: '担当・連絡先・決裁者',
      companyText: '企業向けの書き換え',
    },
    briefs: { body: '本文' },
    glossaryTerms: { explanation: '企業にとっての意味' },
    workshops: { notes: 'ワークショップのメモ', minutes: '議事録' },
    agendaItems: { notes: 'ファシリテーターのメモ', captureNotes: '当日のメモ', decisions: '決定事項' },
    ideas: { text: '内容' },
    actionItems: { what: '内容' },
    councilSessions: { summary: '概要' },
    notes: { body: '本文' },
  },
  settings: {
    title: 'チームのサーバーと同期',
    help: '管理者から受け取ったサーバーのURL、メンバートークン、ワークスペースIDを入力します。オフラインの間の変更も、接続したときに送られます。',
    webTokenNotice:
      'ブラウザ版では、トークンはこのブラウザ（IndexedDB）に暗号化されずに保存されます。共用のパソコンでは使わないでください。',
    serverUrl: 'サーバーのURL',
    token: 'メンバートークン',
    tokenHelp: 'トークンは一度しか表示されません。受け取ったものを貼り付けてください。',
    tokenKept: '保存済みのトークンを使います。変えるときだけ入力してください。',
    workspaceId: 'ワークスペースID',
    badUrl: 'URLは http:// または https:// で始めてください',
    badWorkspace: 'ワークスペースIDの形式が正しくありません（例: 0190a000-0000-7000-8000-000000000001）',
    needToken: 'メンバートークンを入力してください',
    badToken: 'トークンの形式が正しくありません。受け取ったものをそのまま貼り付けてください',
    tokenOtherServer:
      '保存済みのトークンは別のサーバー（{{origin}}）用です。このサーバーのメンバートークンを入力してください',
    plainHttpConfirm:
      '{{origin}} とは暗号化されていない http:// で通信します。同じネットワークの誰かがメンバートークンを読み取り、あなたとして同期できるおそれがあります。それでもトークンを送信しますか？',
    plainHttpDeclined:
      '暗号化されていない接続のため、トークンを保存しませんでした。https:// のURLを使うか、警告を確認して送信を許可してください',
    save: '保存して同期',
    syncNow: '今すぐ同期',
  },
  conflicts: {
    title: '競合（{{count}} 件）',
    none: '未解決の競合はありません。',
    help: '同じ箇所が別の端末でも変更されました。両方を残してあります。どちらかを選ぶか、編集してまとめてください。',
    current: '現在の内容',
    other: '競合した内容',
    itemLabel: '「{{title}}」の {{field}}',
    targetDeleted: '元の記録は削除されています。内容を確認して、必要ならコピーしてください。',
    recordTooLarge:
      'この記録はサーバーに保存できる大きさを超えたため、この変更は同期されていません。不要な部分を削るか、新しい記録に分けて書いてから、「編集してまとめる」で短くした内容を保存してください。',
    tooLarge:
      'この変更は大きすぎてサーバーに送れませんでした（この端末にだけ残っています）。短くしてから貼り直してください。',
    mergedLabel: 'まとめた内容',
    keepCurrent: '現在の内容を残す',
    keepOther: '競合した内容を採用',
    edit: '編集してまとめる',
    saveMerged: 'まとめた内容を保存',
    dismiss: '確認済みにする',
    resolved: '競合を解決しました',
  },
  log: {
    title: '同期ログ',
    empty: 'まだ記録はありません。',
    synced: '同期しました（送信 {{pushed}} 件・受信 {{pulled}} 件）',
    conflict: '競合を記録しました（{{table}} の {{field}}）',
    rejected: 'サーバーが変更 {{mid}} を受け付けませんでした（{{code}}）',
    bound: 'この端末の記録 {{count}} 件をワークスペースに移しました',
    serverForgot: 'サーバーの同期記録が巻き戻っています（復元された可能性）。以降の変更から送り直します',
    newClient: 'この端末を新しいメンバーとして登録し直しました',
    cursorExpired: 'サーバーから全件を取り直しています（変更は保持しています）',
    unapplied:
      'このバージョンでは反映できない変更を受信したため、端末内に保管しました（{{what}}：{{reason}}）。アプリを更新すると反映を再試行します',
    unappliedApplied: '保管していた変更を反映しました（{{what}}、{{since}} から保管）',
    writeDropped:
      '前回の画面が保存しきれず、この端末で書き戻せなかった{{table}}の変更を破棄しました（{{reason}}）。内容は詳細にあります',
    writeDroppedReason: {
      expired: '{{count}} 日を過ぎたため',
      overBudget: '保管できる量を超えたため',
      unreadable: '読み取れないため',
      stale: '画面の表示より後に記録が変わっていたため',
    },
    setAside: 'サーバーが{{table}}の変更を受け付けなかったため、競合として残しました（{{code}}）',
    restamped:
      '未来の日時（{{time}}）で記録されていた未送信の変更 {{count}} 件に、現在の日時を付け直して送信します（端末の時計が直されたため）',
    futureHlc: '未来の日時（{{time}}）の変更を受信しました。端末の時計はその日時まで進めていません',
    unknown: '同期の記録（{{code}}）',
    technical: '詳細',
    level: { info: '情報', warn: '注意', error: 'エラー' },
  },
};
