/** The ward's medication administration record (ehr 1.7), in English; messages.en.ts carries them as `mar`. */
export const marMessages = {
  title: 'Medication administration record',
  back: 'Back to the patient',
  noStay:
    'This patient has no open inpatient stay: doses are recorded on the ward during a stay. Past doses are listed below.',
  none: 'No medications are prescribed.',
  stopped: 'stopped',
  quantity: (n: number) => `${n} to supply`,
  doses: (medication: string) => `Doses of ${medication}`,
  noDoses: 'No dose recorded yet.',
  when: 'When',
  outcome: 'Outcome',
  dose: 'Dose',
  reason: 'Reason',
  nurse: 'Recorded by',
  outcomes: { given: 'Given', held: 'Held', refused: 'Refused' } as Record<string, string>,
  record: 'Record a dose',
  recordFor: (medication: string) => `Record a dose of ${medication}`,
  doseHint: 'Leave empty for the prescribed dose.',
  at: 'Time it was given (or due)',
  atHint: 'Leave empty for now.',
  needReason: 'Say why the dose was held or refused.',
  needMedication: 'Choose the medication.',
  choose: 'Choose…',
  needTime: 'Give the time as a date and time.',
  recorded: (outcome: string) => `${outcome}: recorded.`,
  recordedWaiting: (outcome: string) =>
    `${outcome}: recorded on this computer. It is sent when the network is back; other computers do not see it yet.`,
  waitingTitle: 'Doses recorded on this computer, not yet sent',
  waitingHelp:
    'Other computers on the ward do not see these doses yet. Follow the downtime procedure until they are sent.',
  sending: 'Sending…',
  offline:
    'Offline: doses are kept on this computer and sent when the network is back; the record shown may be out of date.',
};

export const marProblems = {
  NOT_AN_INPATIENT: 'This patient has no open inpatient stay: doses are recorded during a stay.',
  ADMINISTRATION_IN_FUTURE: 'A dose cannot be recorded for a time still to come.',
  ADMINISTRATION_BEFORE_PRESCRIPTION: 'This time is before the medication was prescribed.',
};
