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
  },
  shell: {
    navigation: 'Modules',
    signOut: 'Sign out',
    signedInAs: (name: string) => `Signed in as ${name}`,
    noModules: 'Your account has no modules to use yet. Ask an administrator for access.',
  },
  modules: {
    patient: 'Patients',
  } as Record<string, string>,

  sync: {
    online: 'Online',
    offline: 'Offline',
    syncing: 'Sending…',
    waiting: (count: number) => (count === 1 ? '1 action waiting to be sent' : `${count} actions waiting to be sent`),
    allSent: 'Everything is sent',
    offlineHelp: 'You can keep working: what you do is kept on this computer and sent when the network is back.',
  },

  patients: {
    title: 'Patients',
    searchLabel: 'Find a patient',
    searchHint: 'Name, medical record number (9 digits) or birth date (YYYY-MM-DD)',
    searching: 'Searching…',
    noResults: 'No patient matches.',
    results: (shown: number, total: number) =>
      total === 1 ? '1 patient found' : shown < total ? `${total} patients found, showing ${shown}` : `${total} patients found`,
    searchOffline: 'Search needs the network. Patients you opened before are listed below.',
    recentlyOpened: 'Opened on this computer',
    register: 'Register a patient',
    mrn: 'MRN',
    born: 'Born',
    waitingToBeSent: 'Waiting to be sent',
    sending: 'Sending…',
    notRegistered: 'Not registered',
    editAndResend: 'Correct and send again',
    discard: 'Discard',
    pendingList: 'Registrations not yet on the server',
  },
  patient: {
    details: 'Patient details',
    notFound: 'This patient was not found.',
    offlineCopy: 'You are offline: this is the copy kept on this computer.',
    unavailableOffline: 'You are offline and this patient has not been opened on this computer before.',
    backToSearch: 'Back to patients',
    fields: {
      givenName: 'Given name',
      middleName: 'Middle name',
      familyName: 'Family name',
      birthDate: 'Date of birth',
      gender: 'Gender',
      phone: 'Phone',
      email: 'Email',
      line1: 'Address',
      line2: 'Address (line 2)',
      city: 'City',
      postalCode: 'Postal code',
      country: 'Country code',
      preferredLanguage: 'Preferred language',
      mrn: 'Medical record number',
      registeredAt: 'Registered',
    },
    genders: { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' } as Record<string, string>,
    optional: '(optional)',
    birthDateHint: 'YYYY-MM-DD',
    countryHint: 'Two letters, e.g. PT',
    languageHint: 'e.g. en or pt-BR',
    chooseGender: 'Choose…',
  },
  registration: {
    title: 'Register a patient',
    submit: 'Register',
    cancel: 'Cancel',
    fixErrors: (count: number) => (count === 1 ? 'Correct 1 field to continue.' : `Correct ${count} fields to continue.`),
    queued: 'Registered on this computer; it will be sent to the server as soon as possible.',
    addressHeading: 'Address',
  },
  validation: {
    required: 'Fill this in.',
    tooLong: (max: number) => `Use at most ${max} characters.`,
    date: 'Enter a real date as YYYY-MM-DD, e.g. 1984-03-07.',
    futureDate: 'The date of birth cannot be in the future.',
    gender: 'Choose one.',
    phone: 'Use digits, spaces and ( ) . / -, optionally starting with +.',
    email: 'Enter an email address like name@example.org.',
    country: 'Enter a two-letter country code, e.g. PT or GB.',
    language: 'Enter a language code such as en or pt-BR.',
    addressIncomplete: 'An address needs at least the first line, the city and the country.',
  },
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
      POSSIBLE_DUPLICATE:
        'A patient with a very similar name and date of birth is already registered. Search for them before registering again.',
      BIRTH_DATE_IN_FUTURE: 'The date of birth cannot be in the future.',
      SESSION_EXPIRED: 'Your session has ended. Sign in again.',
      AUTHENTICATION_REQUIRED: 'Sign in to continue.',
    } as Record<string, string>,
  },
};

export type Messages = typeof en;

/** The strings in use. One language for now; choosing another means swapping this object. */
export const t: Messages = en;
