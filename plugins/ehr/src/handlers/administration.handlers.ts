import { handleCommand, handleQuery } from '@hms/sdk';
import {
  GetAdministrationRecord,
  RecordAdministration,
  type AdministrationEntry,
  type AdministrationRecord,
} from '../contracts/administration';
import { ADMINISTRATION_RECORD, CHART_READ } from '../contracts/permissions';
import { administrationDecider } from '../domain/administration/administration.decider';
import type { ChartState } from '../domain/chart/chart.state';
import { chartStream } from '../domain/streams';
import { openInpatientStay } from './inpatient-stay';
import { preloadChart } from './preload-chart';
import { administrationFromRow, type AdministrationRow } from './administration-rows';

/** A dose on the ward: the nurse is the acting user, the stay is the patient's open inpatient encounter. */
export const recordAdministrationHandler = handleCommand(RecordAdministration, {
  permission: ADMINISTRATION_RECORD,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  async handle(data, ctx): Promise<AdministrationEntry> {
    const administrationId = ctx.newId();
    const encounterId = await openInpatientStay(ctx, data.patientId);
    const { events } = await ctx.streams.decide(chartStream(data.patientId), administrationDecider, {
      type: 'ehr.RecordAdministration',
      data: { ...data, administrationId, encounterId },
      meta: ctx.meta,
    });
    const [recorded] = events;
    if (recorded?.type !== 'ehr.MedicationAdministrationRecorded') throw new Error('no administration recorded');
    const d = recorded.data;
    return {
      administrationId,
      medicationId: d.medicationId,
      encounterId: d.encounterId,
      outcome: d.outcome,
      administeredAt: d.administeredAt,
      dose: d.dose ?? null,
      reason: d.reason ?? null,
      recordedAt: d.at,
      recordedBy: d.by,
    };
  },
});

/** The chart's medications (read model) with their doses, newest first; stopped ones stay for the stay's record. */
export const getAdministrationRecordHandler = handleQuery(GetAdministrationRecord, {
  permission: CHART_READ,
  auditPatient: (params) => params.patientId,
  async handle({ patientId }, ctx): Promise<AdministrationRecord> {
    const [chart] = await ctx.sql.query<{ state: ChartState }>('SELECT state FROM ehr.charts WHERE patient_id = $1', [
      patientId,
    ]);
    const rows = await ctx.sql.query<AdministrationRow>(
      `SELECT * FROM ehr.medication_administrations WHERE patient_id = $1 ORDER BY administered_at DESC, recorded_at DESC`,
      [patientId],
    );
    const medications = Object.values(chart?.state.medications ?? {})
      .sort((a, b) => a.prescribedAt.localeCompare(b.prescribedAt))
      .map((m) => ({
        medicationId: m.medicationId,
        medication: m.medication,
        dosage: m.dosage,
        status: m.status,
        quantity: m.quantity ?? null,
        administrations: rows.filter((r) => r.medication_id === m.medicationId).map(administrationFromRow),
      }));
    return { patientId, encounterId: await openInpatientStay(ctx, patientId), medications };
  },
});
