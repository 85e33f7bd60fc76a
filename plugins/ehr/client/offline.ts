import type { OfflineCommand, OfflineRefusal } from '@hms/sdk/client';
import { CHART_COMMANDS as C } from './components/chart/chart-commands';
import { CREATE_NOTE } from './components/notes/note-commands';
import type { messages } from './messages.en';

type Key = `offline.${keyof (typeof messages)['offline']}`;
type OnPatient = { patientId: string };

/** Refusals every chart command may meet after an hour offline, with the chart as the way back. */
const chartRefusals: Readonly<Record<string, OfflineRefusal<Key, OnPatient>>> = {
  PATIENT_MERGED: {
    message: 'offline.merged',
    values: (problem) => [String(problem.details?.mergedInto ?? '')],
    choices: ['pick-another', 'discard'],
    href: (_data, problem) => `/patients/${String(problem.details?.mergedInto ?? '')}/chart`,
  },
  VERSION_CONFLICT: {
    message: 'offline.changedMeanwhile',
    choices: ['retry-with-changes', 'discard'],
    href: (data) => `/patients/${data.patientId}/chart`,
  },
};
const chart = (command: string, label: Key): OfflineCommand<Key, OnPatient> => ({
  command,
  label,
  refusals: chartRefusals,
});

/**
 * The chart's commands, a new note and a dose on the MAR, done on a ward without network. Creating a note moves what
 * was written offline under the entry's id to the note the server made.
 */
export const ehrOfflineCommands: OfflineCommand<Key>[] = [
  chart(C.recordProblem, 'offline.recordProblem'),
  chart(C.resolveProblem, 'offline.resolveProblem'),
  chart(C.recordAllergy, 'offline.recordAllergy'),
  chart(C.allergyStatus, 'offline.allergyStatus'),
  chart(C.prescribe, 'offline.prescribe'),
  chart(C.changeMedication, 'offline.changeMedication'),
  chart(C.stopMedication, 'offline.stopMedication'),
  chart(C.recordObservation, 'offline.recordObservation'),
  chart(C.startPlan, 'offline.startPlan'),
  chart(C.planProgress, 'offline.planProgress'),
  chart('ehr.RecordAdministration', 'offline.recordAdministration'),
  {
    command: CREATE_NOTE,
    label: 'offline.createNote',
    refusals: chartRefusals,
    async onDone(result, _data, entryId) {
      // Loaded on demand: the Yjs libraries stay out of the shell that every screen loads.
      const { noteCreated } = await import('$lib/stores/note-created');
      await noteCreated(entryId, (result as { id: string }).id);
    },
  } satisfies OfflineCommand<Key, OnPatient>,
];
