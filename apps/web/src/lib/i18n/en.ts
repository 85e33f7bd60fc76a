import { localizeMessages } from '@hms/sdk/client';
import { adminMessages } from './admin.en';
import './languages'; // sets the language on before any message is read
import { pt } from './pt';

/**
 * Every string the client shows, in one place for translation: a translation is a copy of this object with the
 * same keys (the `Messages` type makes the compiler list what is missing). Functions take what varies.
 */
export const en = {
  appName: 'Hospital management system',
  skipToContent: 'Skip to main content',
  loading: 'Loading…',

  login: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    badCredentials: 'The username or password is not right. Check them and try again.',
    locked: 'Too many attempts. Wait a few minutes, then try again.',
    missing: 'Enter your username and password.',
    ended:
      'Your session has ended. Sign in again to carry on where you were: work not yet sent stays on this computer for the same account. If someone else signs in here, it is deleted first.',
  },
  account: {
    title: 'Change your password',
    current: 'Current password',
    next: 'New password',
    hint: 'At least 15 characters, not a well-known password. A few words with spaces make a good one.',
    submit: 'Change password',
    submitting: 'Changing…',
    done: 'Your password is changed. Your other sessions and API tokens were signed out.',
    missing: 'Enter your current password and a new one.',
  },
  shell: {
    navigation: 'Modules',
    signOut: 'Sign out',
    unsentTitle: 'Some of your work has not reached the server yet',
    unsentDetail: (actions: number, notes: number) => {
      const what = [
        ...(actions > 0 ? [actions === 1 ? '1 action' : `${actions} actions`] : []),
        ...(notes > 0 ? [notes === 1 ? 'writing in 1 note' : `writing in ${notes} notes`] : []),
      ].join(' and ');
      // "writing" alone is one thing; an action and writing are two.
      const single = actions <= 1 && (actions === 0 || notes === 0);
      return (
        `${what.charAt(0).toUpperCase()}${what.slice(1)} ${single ? 'is' : 'are'} kept only on this computer. ` +
        `Signing out deletes ${single ? 'it' : 'them'}. Stay signed in and ${single ? 'it is' : 'they are'} sent as ` +
        'soon as the network is back.'
      );
    },
    sessionEnding: (time: string) =>
      `Your session ends at ${time} unless you carry on working. Unsent work is kept; you would sign in again.`,
    staySignedIn: 'Stay signed in',
    signOutAnyway: 'Sign out anyway',
    signedInAs: (name: string) => `Signed in as ${name}`,
    changePassword: 'Change password',
    noModules: 'Your account has no modules to use yet. Ask an administrator for access.',
    notFoundTitle: 'Page not found',
    notFound: 'No enabled module has a page at this address. It may have been switched off or moved.',
    notAllowed: 'Your account may not open this page. Ask an administrator if you need it.',
    screenFailed: 'This page could not be loaded. Check the network connection and reload.',
    home: 'Back to the start page',
    reports: 'Reports',
    audit: 'Audit',
    searchLabel: 'Search patients',
    searchShortcut: 'Press / or Ctrl+K from any screen',
    searchNoMatch: 'No patient matches.',
    greeting: (name: string) => `Welcome, ${name}`,
    admin: 'Administration',
    patientBanner: 'Patient',
    privacy: 'Emergency access review',
    notFoundGoTo: 'Where to go from here',
    errorTitle: 'Something went wrong',
    language: 'Language',
  },

  sync: {
    online: 'Online',
    offline: 'Offline',
    syncing: 'Sending…',
    waiting: (count: number) => (count === 1 ? '1 action waiting to be sent' : `${count} actions waiting to be sent`),
    notesWaiting: (count: number) =>
      count === 1 ? '1 note with writing not yet sent' : `${count} notes with writing not yet sent`,
    allSent: 'Everything is sent',
    list: 'What this computer holds',
    refused: (count: number) => (count === 1 ? '1 not done' : `${count} not done`),
    offlineHelp: 'You can keep working: what you do is kept on this computer and sent when the network is back.',
  },

  picker: {
    searchHint: 'Name, medical record number (9 digits) or birth date (YYYY-MM-DD)',
    searchOffline: 'Search needs the network. Patients you opened before are listed below.',
    born: 'Born',
    change: 'Change',
    results: 'Matching patients',
  },
  outbox: {
    waitingToBeSent: 'Waiting to be sent',
    notDone: 'not done.',
    dismiss: 'Dismiss',
    choices: {
      'retry-with-changes': 'Change and send again',
      'pick-another': 'Choose another',
      retry: 'Try again',
      discard: 'Discard',
    },
    /** An entry an older version of this client saved in a shape this one cannot send (none is known to exist). */
    unknownOld: 'This action was saved by an older version of the client and cannot be sent.',
  },
  charts: {
    table: 'Show the values as a table',
    drawing: 'Drawing the chart…',
  },

  reports: {
    title: 'Reports',
    none: 'There is no report your account may run.',
    run: 'Run the report',
    running: (progress: number) => `Running… ${progress}%`,
    queued: 'Waiting to start…',
    failed: (code: string) => `The report could not be made (${code}). Try again, or report the code.`,
    ready: 'The report is ready.',
    downloadCsv: 'Download CSV (spreadsheet)',
    downloadPdf: 'Download PDF',
    chartTitle: (column: string, by: string) => `${column} by ${by}`,
    noRows: 'The report has no rows for these parameters.',
    parameters: 'Parameters',
    offline: 'Reports need the network.',
    summary: 'Totals',
  },
  emergency: {
    title: 'You are not recorded as caring for this patient',
    explain: (minutes: number) =>
      `In an emergency you may open the record now. Say why: your reason, your name and every access for the next ${minutes} minutes are recorded, shown on the patient's record and reviewed by the privacy officer.`,
    reason: 'Reason for opening the record',
    open: 'Open the record (emergency)',
    opening: 'Opening…',
    onRecord: 'Opened in an emergency',
    entry: (by: string, from: string, until: string) => `by ${by}, ${from} until ${until}`,
    reviewTitle: 'Emergency accesses',
    reviewIntro:
      'Each time a clinician opened a record without a care relationship. Review each: was it justified? Your finding is recorded and cannot be changed.',
    status: 'Show',
    statusOptions: { unreviewed: 'To review', reviewed: 'Reviewed', all: 'All' },
    columns: { opened: 'Opened', by: 'By', patient: 'Patient', reason: 'Reason', finding: 'Finding' },
    justified: 'Justified',
    notJustified: 'Not justified',
    note: 'Note (optional)',
    none: 'Nothing to review.',
    download: 'Download as CSV',
    findingOf: { justified: 'Justified', 'not-justified': 'Not justified' } as Record<string, string>,
  },
  audit: {
    title: 'Audit log',
    intro:
      "Who saw or changed which patient's data, and when. Every search here is itself recorded, naming the patient searched.",
    notAllowed: 'Reading the audit log needs the core:audit:read permission (the privacy officer role).',
    filters: 'Filters',
    patient: 'Patient',
    patientId: 'Patient id',
    actor: 'Who (username or account id)',
    from: 'From',
    to: 'Until',
    action: 'Action (e.g. ehr.GetChart, or ehr.* for all of a module)',
    outcome: 'Outcome',
    anyOutcome: 'Any',
    emergencyOnly: 'Emergency (break-the-glass) accesses only',
    search: 'Search',
    searching: 'Searching…',
    clear: 'Clear the filters',
    results: 'Audit records, newest first',
    columns: ['When', 'Who', 'Action', 'Outcome', 'Patients', 'From', 'Emergency'],
    none: 'No record matches these filters.',
    older: 'Show older records',
    noAccount: (actorId: string | null) => (actorId === null ? 'Not signed in' : actorId),
    emergency: 'Emergency access',
    patients: (count: number) => (count === 1 ? '1 patient' : `${count} patients`),
    download: "Download this patient's access history (CSV)",
    downloadHint: (zone: string) => `Times in ${zone}; the period of the filters above, all of it if none.`,
    offline: 'The audit log needs the network.',
  },
  notifications: {
    title: 'Notifications',
    bell: (unread: number | null) =>
      unread === null || unread === 0 ? 'Notifications: none unread' : `Notifications: ${unread} unread`,
    intro: 'Alerts the modules raised for you or your role. Acknowledge one once you have seen to it.',
    list: 'Your notifications',
    columns: ['Severity', 'Notification', 'Raised', 'State', 'Actions'],
    none: 'Nothing needs you now.',
    severity: { info: 'Information', warning: 'Warning', critical: 'Critical' } as Record<string, string>,
    code: (code: string) => `Code ${code}`,
    open: 'Open',
    openLabel: (title: string, code: string) => `Open ${title} (${code})`,
    acknowledge: 'Acknowledge',
    acknowledgeLabel: (code: string) => `Acknowledge ${code}`,
    acknowledgedDone: 'Acknowledged.',
    snoozeFor: (code: string) => `Snooze ${code} for`,
    snooze: 'Snooze',
    snoozeLabel: (code: string) => `Snooze ${code}`,
    snoozeHour: '1 hour',
    snoozeFourHours: '4 hours',
    snoozeTomorrow: 'Until tomorrow, 08:00',
    snoozedDone: (until: string) => `Snoozed until ${until}.`,
    unread: 'Unread',
    acknowledged: 'Acknowledged',
    resolved: 'Resolved',
    snoozedUntil: (until: string) => `Snoozed until ${until}`,
    showAll: 'Show resolved ones too',
    onlyCode: (code: string) => `Showing notification ${code} only.`,
    showEverything: 'Show all your notifications',
    loadFailed: 'Your notifications could not be loaded.',
    offline: 'You are offline: notifications need the network. The list shows again when the connection is back.',
    actionOffline: 'This needs the network. Try again when the connection is back.',
    preferences: 'How you are told',
    preferencesIntro:
      'The inbox always shows every notification. Choose which kinds also reach you by e-mail or text message; ' +
      'they carry only the kind, a code and a link, never patient details.',
    email: 'E-mail address',
    phone: 'Mobile number for text messages',
    phoneHint: 'In international form, like +441632960961.',
    kindsTable: 'Notification kinds and where they reach you',
    kindColumns: ['Kind', 'By e-mail', 'By text message'],
    byEmail: (title: string) => `${title} by e-mail`,
    bySms: (title: string) => `${title} by text message`,
    noEmail: 'This hospital does not send e-mail yet.',
    noSms: 'This hospital does not send text messages yet.',
    save: 'Save preferences',
    saving: 'Saving…',
    saved: 'Your preferences are saved.',
    nothingChanged: 'Nothing to save: you changed nothing.',
    badEmail: 'Enter an e-mail address like name@hospital.example, or leave it empty.',
    badPhone: 'Enter the number in international form, starting with + and the country code, or leave it empty.',
  },
  admin: adminMessages,
  problems: {
    network: 'The server could not be reached. Check the network connection.',
    sessionExpired: 'Your session has ended. Sign in again.',
    forbidden: 'Your account is not allowed to do this. Ask an administrator if you need it.',
    notFound: 'It was not found. It may have been removed.',
    conflict: 'Someone changed this at the same time. Reload and try again.',
    invalid: 'Some information was not accepted. Check the marked fields.',
    server: (correlationId?: string) =>
      correlationId
        ? `Something went wrong on the server. If it happens again, report the code ${correlationId}.`
        : 'Something went wrong on the server. Try again in a moment.',
    rejected: 'The server did not accept it.',
    byCode: {
      INVALID_CREDENTIALS: 'The username or password is not right. Check them and try again.',
      WRONG_CURRENT_PASSWORD: 'The current password is not right.',
      WEAK_PASSWORD: 'Choose another password: at least 15 characters, not a well-known one, without your username.',
      TOO_MANY_LOGIN_ATTEMPTS: 'Too many attempts. Wait a few minutes, then try again.',
      CROSS_ORIGIN_REQUEST: 'The request came from another site and was refused.',
      SESSION_EXPIRED: 'Your session has ended. Sign in again.',
      AUTHENTICATION_REQUIRED: 'Sign in to continue.',
      CARE_RELATIONSHIP_REQUIRED: 'You are not recorded as caring for this patient.',
      CLINICAL_ROLE_REQUIRED: 'Only clinical roles may open a record in an emergency.',
      EMERGENCY_ACCESS_REVIEWED: 'This emergency access has already been reviewed.',
      NOTIFICATION_NOT_FOUND: 'This notification is not in your inbox. It may be addressed to someone else.',
      ...adminMessages.problems,
    } as Record<string, string>,
  },
};

export type Messages = typeof en;

/**
 * The strings in use, in the language the user chose (`languages.ts`): each message is read from its translation
 * when shown, English where the translation lacks it. Every screen imports `t` from here.
 */
export const t: Messages = localizeMessages(en, { pt });
