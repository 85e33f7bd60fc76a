import type { ServerLocale } from '@hms/sdk';

/** The fixed words of the visit and discharge summaries, in each language the server prints in. */
export interface SummaryTexts {
  readonly titles: { readonly 'visit-summary': string; readonly 'discharge-summary': string };
  readonly diagnoses: string;
  readonly otherProblems: string;
  readonly allergies: string;
  readonly medications: string;
  readonly stopped: string;
  readonly observations: string;
  readonly signedNotes: string;
  readonly columns: {
    readonly code: string;
    readonly diagnosis: string;
    readonly status: string;
    readonly problem: string;
    readonly substance: string;
    readonly reaction: string;
    readonly criticality: string;
    readonly medication: string;
    readonly dose: string;
    readonly route: string;
    readonly frequency: string;
    readonly isNew: string;
    readonly reason: string;
    readonly time: string;
    readonly observation: string;
    readonly value: string;
  };
  readonly yes: string;
  readonly noDiagnoses: string;
  readonly none: string;
  readonly noAllergies: string;
  readonly noMedications: string;
  readonly noObservations: string;
  readonly noNotes: string;
  readonly signed: (title: string, when: string, by: string | undefined, hash: string) => string;
  readonly patientLine: (name: string, mrn: string, born: string) => string;
  readonly unknownPatient: (patientId: string) => string;
  readonly encounterLine: (kind: string, encounterId: string, from: string, to: string, timeZone: string) => string;
  readonly ongoing: string;
  readonly page: (page: number, pages: number) => string;
  /** Codes printed as words; a code missing here is printed as it is. */
  readonly classes: Readonly<Record<string, string>>;
  readonly statuses: Readonly<Record<string, string>>;
  readonly criticalities: Readonly<Record<string, string>>;
}

const en: SummaryTexts = {
  titles: { 'visit-summary': 'Visit summary', 'discharge-summary': 'Discharge summary' },
  diagnoses: 'Diagnoses',
  otherProblems: 'Other active problems',
  allergies: 'Allergies and intolerances',
  medications: 'Medications',
  stopped: 'Stopped during this encounter',
  observations: 'Observations',
  signedNotes: 'Signed notes',
  columns: {
    code: 'Code',
    diagnosis: 'Diagnosis',
    status: 'Status',
    problem: 'Problem',
    substance: 'Substance',
    reaction: 'Reaction',
    criticality: 'Criticality',
    medication: 'Medication',
    dose: 'Dose',
    route: 'Route',
    frequency: 'Frequency',
    isNew: 'New',
    reason: 'Reason',
    time: 'Time',
    observation: 'Observation',
    value: 'Value',
  },
  yes: 'yes',
  noDiagnoses: 'None recorded in this encounter.',
  none: 'None.',
  noAllergies: 'No known allergies recorded.',
  noMedications: 'No active medications.',
  noObservations: 'None recorded.',
  noNotes: 'No signed notes.',
  signed: (title, when, by, hash) => `${title} (signed ${when}${by ? ` by ${by}` : ''}, SHA-256 ${hash}...)`,
  patientLine: (name, mrn, born) => `${name}   MRN ${mrn}   Born ${born}`,
  unknownPatient: (patientId) => `Patient ${patientId}`,
  encounterLine: (kind, encounterId, from, to, timeZone) =>
    `${kind} encounter ${encounterId}, ${from} to ${to} (times in ${timeZone})`,
  ongoing: 'ongoing',
  page: (page, pages) => `Page ${page} of ${pages}`,
  classes: {},
  statuses: {},
  criticalities: { 'unable-to-assess': 'unable to assess' },
};

const ptBr: SummaryTexts = {
  titles: { 'visit-summary': 'Resumo do atendimento', 'discharge-summary': 'Resumo de alta' },
  diagnoses: 'Diagnósticos',
  otherProblems: 'Outros problemas ativos',
  allergies: 'Alergias e intolerâncias',
  medications: 'Medicamentos',
  stopped: 'Suspensos durante este atendimento',
  observations: 'Observações',
  signedNotes: 'Evoluções assinadas',
  columns: {
    code: 'Código',
    diagnosis: 'Diagnóstico',
    status: 'Situação',
    problem: 'Problema',
    substance: 'Substância',
    reaction: 'Reação',
    criticality: 'Gravidade',
    medication: 'Medicamento',
    dose: 'Dose',
    route: 'Via',
    frequency: 'Frequência',
    isNew: 'Novo',
    reason: 'Motivo',
    time: 'Horário',
    observation: 'Observação',
    value: 'Valor',
  },
  yes: 'sim',
  noDiagnoses: 'Nenhum registrado neste atendimento.',
  none: 'Nenhum.',
  noAllergies: 'Nenhuma alergia conhecida registrada.',
  noMedications: 'Nenhum medicamento ativo.',
  noObservations: 'Nenhuma registrada.',
  noNotes: 'Nenhuma evolução assinada.',
  signed: (title, when, by, hash) => `${title} (assinada em ${when}${by ? ` por ${by}` : ''}, SHA-256 ${hash}...)`,
  patientLine: (name, mrn, born) => `${name}   Prontuário ${mrn}   Nascimento ${born}`,
  unknownPatient: (patientId) => `Paciente ${patientId}`,
  encounterLine: (kind, encounterId, from, to, timeZone) =>
    `Atendimento ${kind} ${encounterId}, de ${from} a ${to} (horários em ${timeZone})`,
  ongoing: 'em andamento',
  page: (page, pages) => `Página ${page} de ${pages}`,
  classes: { outpatient: 'ambulatorial', inpatient: 'de internação' },
  statuses: { active: 'ativo', resolved: 'resolvido' },
  criticalities: { low: 'baixa', high: 'alta', 'unable-to-assess': 'não avaliável' },
};

export const SUMMARY_TEXTS: Readonly<Record<ServerLocale, SummaryTexts>> = { en, 'pt-BR': ptBr };
