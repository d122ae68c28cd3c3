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
  },
  error: {
    network: 'Cannot reach the server. Check the network and the server URL',
    networkRetry: 'Cannot reach the server. Retrying automatically at {{time}}',
    unauthorized:
      'The server no longer accepts this token: your admin may have revoked it or issued a new one. Your changes are kept on this device. Ask your admin for a new token and enter it in Settings',
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
    rejected: 'The server refused the sync: {{detail}}',
    retrying: 'Retrying the sync',
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
    save: 'Save and sync',
    syncNow: 'Sync now',
  },
  conflicts: {
    title: 'Conflicts ({{count}})',
    none: 'No unresolved conflicts.',
    help: 'The same place was changed on another device too. Both versions are kept. Choose one, or edit them into one.',
    current: 'Current version',
    other: 'Conflicting version',
    itemLabel: '{{field}} of “{{title}}”',
    targetDeleted: 'The original record was deleted. Review the text and copy it if you need it.',
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
    serverForgot: "The server's sync record went back (maybe restored); later changes are sent again",
    newClient: 'Registered this device again as a new member client',
    cursorExpired: 'Receiving everything from the server again (local changes are kept)',
    unapplied:
      'Received a change this version cannot apply; it is kept on this device ({{what}}: {{reason}}) and tried again after an app update',
    unappliedApplied: 'Applied a kept change ({{what}}, kept since {{since}})',
    level: { info: 'Info', warn: 'Note', error: 'Error' },
  },
};
