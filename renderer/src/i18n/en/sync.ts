import type { Strings } from '../strings';
import type { sync as ja } from '../ja/sync';

export const sync: Strings<typeof ja> = {
  status: {
    notConfigured: 'Sync is not set up',
    idle: 'Waiting to sync',
    offline: 'Offline. Changes are kept on this device and sync once connected',
    preparing: 'Preparing to sync… {{done}} of {{total}}',
    pushing: 'Syncing… sent {{pushed}} of {{total}}',
    pulling: 'Syncing… received {{pulled}}',
    upToDate: 'Up to date (synced {{time}})',
    conflicts: '{{count}} unresolved conflicts',
    conflicts_one: '{{count}} unresolved conflict',
  },
  error: {
    network: 'Cannot reach the server. Check the network and the server URL',
    networkRetry: 'Cannot reach the server. Retrying automatically at {{time}}',
    unauthorized:
      'The server no longer accepts this token: your admin may have revoked it or issued a new one. Your changes are kept on this device. Ask your admin for a new token and enter it in Settings',
    noToken: 'No member token is saved for this server. Enter the server URL and token in Settings',
    notFound: 'Workspace not found, or this token cannot access it. Check the workspace ID',
    clockSkew: "This device's clock is wrong (server time: {{serverTime}}). Set the clock, then sync",
    protocolTooOld: 'This app is too old to sync. Please update it',
    tooLarge: 'The data to send is too large. Split very long texts',
    server: 'The server had an error ({{status}}). Retrying automatically',
    rateLimited: 'Too many requests to the server; waiting. Retrying automatically at {{time}}',
    proxyTooLarge:
      'A proxy refused to pass a request this large (HTTP {{status}}). Your changes are kept on this device. Ask your admin to check the proxy limit (e.g. nginx client_max_body_size)',
    proxyTooLargeRetry:
      'A proxy refused to pass a request this large (HTTP {{status}}). Your changes are kept on this device. Retrying automatically at {{time}}',
    proxyRefused:
      'A proxy in front of the server refused the request (HTTP {{status}}). Your changes are kept on this device. Ask your admin to check it',
    proxyRefusedRetry:
      'A proxy in front of the server refused the request (HTTP {{status}}). Your changes are kept on this device. Retrying automatically at {{time}}',
    serverUnexpected:
      'The server gave an unexpected answer ({{status}}). Check the server URL. Retrying automatically',
    rejected: 'The server refused the sync ({{code}}). Update the app or tell the server admin',
    internal: 'Sync stopped on an unexpected error. Your changes are kept and will be sent on the next sync',
    setAside: 'Could not sync {{count}} changes ({{items}}). {{kept}}',
    setAside_one: 'Could not sync {{count}} change ({{items}}). {{kept}}',
    setAsideKept: 'Their content is kept in a conflict record',
    setAsideLocal:
      'Their content is kept on this device only, in a local conflict record. Shorten it and paste it again',
    setAsideTooLarge: '{{table}}: too large for the server',
    setAsideRefused: '{{table}}: refused by the server ({{code}})',
    recordTooLarge:
      '{{records}} grew too large, so this change could not be saved on the server. Remove what is not needed or continue in a new record. What you changed is kept in a conflict record',
    recordTooLargeItem: '"{{name}}" ({{table}})',
    sentenceSeparator: '. ',
    listSeparator: '; ',
    retrying: 'Retrying the sync',
  },
  tables: {
    issues: 'issue',
    briefs: 'brief',
    glossaryTerms: 'glossary term',
    workshops: 'workshop',
    agendaItems: 'agenda item',
    ideas: 'idea',
    votes: 'vote',
    actionItems: 'action item',
    councilSessions: 'council meeting',
    notes: 'council note',
    conflicts: 'conflict',
    other: 'record ({{table}})',
  },
  fields: {
    issues: {
      rawText: 'original text',
      affected: 'who is affected',
      evidence: 'figures and evidence',
      offer: 'what the municipality offers',
      constraints: 'constraints',
      budget: 'budget and costs',
      schedule: 'schedule',
      contact: 'contact and decision maker',
      companyText: 'rewrite for companies',
    },
    briefs: { body: 'text' },
    glossaryTerms: { explanation: 'meaning for companies' },
    workshops: { notes: 'workshop notes', minutes: 'minutes' },
    agendaItems: {
      notes: 'facilitator notes',
      captureNotes: 'notes taken on the day',
      decisions: 'decisions',
    },
    ideas: { text: 'text' },
    actionItems: { what: 'action' },
    councilSessions: { summary: 'summary' },
    notes: { body: 'text' },
  },
  settings: {
    title: 'Sync with your team server',
    help: 'Enter the server URL, member token and workspace ID from your admin. Changes made offline are sent once connected.',
    webTokenNotice:
      'In the browser version the token is stored unencrypted in this browser (IndexedDB). Do not use it on a shared computer.',
    serverUrl: 'Server URL',
    token: 'Member token',
    tokenHelp: 'The token is shown only once. Paste the one you received.',
    tokenKept: 'The saved token is used. Enter one only to change it.',
    workspaceId: 'Workspace ID',
    badUrl: 'The URL must start with http:// or https://',
    badWorkspace: 'The workspace ID is not valid (e.g. 0190a000-0000-7000-8000-000000000001)',
    needToken: 'Enter the member token',
    badToken: 'This is not a valid token. Paste it exactly as you received it',
    tokenOtherServer:
      'The saved token belongs to another server ({{origin}}). Enter the member token for this server',
    plainHttpConfirm:
      '{{origin}} is reached over unencrypted http://. Anyone on the network could read your member token and sync as you. Send the token anyway?',
    plainHttpDeclined:
      'The token was not saved because the connection is unencrypted. Use an https:// URL, or accept the warning to send it anyway',
    save: 'Save and sync',
    syncNow: 'Sync now',
  },
  conflicts: {
    title: 'Conflicts ({{count}})',
    none: 'No unresolved conflicts.',
    help: 'The same place was changed on another device too. Both versions are kept. Choose one, or edit them into one.',
    current: 'Current version',
    other: 'Conflicting version',
    itemLabel: 'The {{field}} of “{{title}}”',
    targetDeleted: 'The original record was deleted. Review the text and copy it if you need it.',
    recordTooLarge:
      'This record grew past what the server can store, so this change is not synced. Remove what is not needed or continue in a new record, then save the shortened text with "Edit and merge".',
    tooLarge:
      'This change was too large to send to the server (it is kept on this device only). Shorten it and paste it again.',
    mergedLabel: 'Merged text',
    keepCurrent: 'Keep current',
    keepOther: 'Use conflicting version',
    edit: 'Edit and merge',
    saveMerged: 'Save merged text',
    dismiss: 'Mark as reviewed',
    resolved: 'Conflict resolved',
  },
  log: {
    title: 'Sync log',
    empty: 'Nothing logged yet.',
    synced: 'Synced (sent {{pushed}}, received {{pulled}})',
    conflict: 'Conflict kept ({{field}} of {{table}})',
    rejected: 'The server refused change {{mid}} ({{code}})',
    bound: 'Moved {{count}} records of this device into the workspace',
    bound_one: 'Moved {{count}} record of this device into the workspace',
    serverForgot: "The server's sync record went back (maybe restored); later changes are sent again",
    newClient: 'Registered this device again as a new member client',
    cursorExpired: 'Receiving everything from the server again (local changes are kept)',
    unapplied:
      'Received a change this version cannot apply; it is kept on this device ({{what}}: {{reason}}) and tried again after an app update',
    unappliedApplied: 'Applied a kept change ({{what}}, kept since {{since}})',
    writeDropped:
      'Discarded a change to a {{table}} that a closed page could not save and this device could not put back ({{reason}}); it is in the details',
    writeDroppedReason: {
      expired_one: 'older than {{count}} day',
      expired: 'older than {{count}} days',
      overBudget: 'over the space kept for such changes',
      unreadable: 'unreadable',
      stale: 'the record had changed since the page showed it',
    },
    setAside: 'The server refused a change to a {{table}}; it is kept as a conflict record ({{code}})',
    restamped_one:
      "Re-dated {{count}} unsent change recorded in the future ({{time}}) to now and sending it (this device's clock was set right)",
    restamped:
      "Re-dated {{count}} unsent changes recorded in the future ({{time}}) to now and sending them (this device's clock was set right)",
    futureHlc: "Received a change dated in the future ({{time}}); this device's clock was not moved that far",
    unknown: 'Sync event ({{code}})',
    technical: 'Details',
    level: { info: 'Info', warn: 'Note', error: 'Error' },
  },
};
