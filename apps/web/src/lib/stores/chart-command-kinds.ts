/** The chart's commands as the outbox names them; payloads and senders are in chart-commands.ts. */
export type ChartCommandKind =
  | 'chart.problem.record'
  | 'chart.problem.resolve'
  | 'chart.allergy.record'
  | 'chart.allergy.status'
  | 'chart.medication.prescribe'
  | 'chart.medication.change'
  | 'chart.medication.stop'
  | 'chart.observation.record'
  | 'chart.plan.start'
  | 'chart.plan.progress';

export const CHART_COMMAND_KINDS: readonly ChartCommandKind[] = [
  'chart.problem.record',
  'chart.problem.resolve',
  'chart.allergy.record',
  'chart.allergy.status',
  'chart.medication.prescribe',
  'chart.medication.change',
  'chart.medication.stop',
  'chart.observation.record',
  'chart.plan.start',
  'chart.plan.progress',
];
