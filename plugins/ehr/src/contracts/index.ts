export {
  AllergyRecorded, AllergyStatusChanged, CHART_EVENTS, Icd10CodesLoaded, MedicationChanged, MedicationPrescribed,
  MedicationStopped, NoteAmendmentStarted, NoteCreated, NoteSigned, ObservationRecorded, PlanClosed, PlanProgressRecorded,
  PlanStarted, ProblemRecorded, ProblemResolved,
} from './chart-events';
export {
  AmendNote, ChangeAllergyStatus, ChangeMedication, CloseEncounter, ClosePlan, CreateNote, LoadIcd10Codes, OpenEncounter,
  PrescribeMedication, RecordAllergy, RecordObservation, RecordPlanProgress, RecordProblem, ResolveProblem, SignNote,
  StartPlan, StopMedication,
} from './commands';
export { ENCOUNTER_EVENTS, EncounterClosed, EncounterOpened } from './encounter-events';
export {
  ALLERGY_RECORD, CHART_READ, EHR_PERMISSIONS, ENCOUNTER_MANAGE, MEDICATION_PRESCRIBE, NOTE_READ, NOTE_SIGN, NOTE_WRITE,
  OBSERVATION_RECORD, PLAN_MANAGE, PROBLEM_RECORD, TERMINOLOGY_MANAGE, TERMINOLOGY_READ,
} from './permissions';
export {
  chartViewSchema, encounterListSchema, encounterViewSchema, GetChart, GetEncounter, GetEncounterSummary, GetNote,
  icd10ResultSchema, ListEncounters, ListNotes, loincResultSchema, noteListSchema, noteViewSchema, SearchIcd10, SearchLoinc,
} from './queries';
export type { ChartView, EncounterView, NoteView } from './queries';
export type { AllergyStatus, Comparator, Dosage, EncounterClass, Goal } from './schemas';
