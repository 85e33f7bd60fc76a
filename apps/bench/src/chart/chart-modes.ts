import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { systemActor, type Kernel } from '@hms/core';
import { streamId } from '@hms/sdk';
import { RecordObservation } from '@hms/plugin-ehr/contracts';
import type { Operation } from '../lib/measure';

/** The three ways the benchmark records one vital sign on a chart that already holds many events. */
export const CHART_MODE_KEYS = ['sql', 'snapshots', 'fold'] as const;
export type ChartModeKey = (typeof CHART_MODE_KEYS)[number];

export const CHART_MODE_LABELS: Readonly<Record<ChartModeKey, string>> = {
  sql: 'one SQL INSERT (pg)',
  snapshots: 'RecordObservation (snapshots)',
  fold: 'RecordObservation (fold every event)',
};

/** A heart rate, always plausible, so no command is refused. */
const observation = (patientId: string) => ({
  patientId,
  code: '8867-4',
  value: 60 + Math.floor(Math.random() * 40),
  unit: '/min',
});

/** The chart stream of a patient, as the EHR names it (for the snapshot the `fold` mode removes). */
export const chartStreamId = (patientId: string): string => streamId('ehr', 'chart', patientId);

export function recordThroughKernel(kernel: Kernel, patientId: string): Promise<unknown> {
  return kernel.execute({
    type: RecordObservation.type,
    data: observation(patientId),
    actor: systemActor(),
    commandId: randomUUID(),
    correlationId: randomUUID(),
    source: null,
  });
}

/**
 * One operation per mode. `fold` removes the chart's snapshot before each command (untimed), so the command reads
 * and folds every event of the chart, as every chart command did before SDK 1.2; `sql` writes one row holding the
 * same observation as JSON, the least a durable write of it costs.
 */
export function chartOperation(mode: ChartModeKey, kernel: Kernel, admin: Pool, patientId: string): Operation {
  switch (mode) {
    case 'sql':
      return async () => {
        await admin.query('INSERT INTO bench_chart_observations (patient_id, data) VALUES ($1, $2)', [
          patientId,
          JSON.stringify(observation(patientId)),
        ]);
      };
    case 'snapshots':
      return async () => {
        await recordThroughKernel(kernel, patientId);
      };
    case 'fold':
      return async () => {
        await admin.query('DELETE FROM core.stream_snapshots WHERE stream_id = $1', [chartStreamId(patientId)]);
        const began = performance.now();
        await recordThroughKernel(kernel, patientId);
        return { latencyMs: performance.now() - began };
      };
  }
}
