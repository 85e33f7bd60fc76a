import type { Sql, SqlParam } from '@hms/sdk';
import type { LabOrderList } from '../contracts/queries';
import type { OrderStatus, Priority } from '../contracts/schemas';

interface OrderRow {
  id: string;
  accession: string;
  patient_id: string;
  status: OrderStatus;
  priority: Priority;
  tests: string[];
  panels: string[];
  clinical_question: string | null;
  requester_id: string;
  placed_at: Date;
  collected_at: Date | null;
  received_at: Date | null;
  validated_by: string | null;
  released_at: Date | null;
  critical: boolean;
  critical_acknowledged_at: Date | null;
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** Orders of the read model matching a condition on `o` (the laboratory's list, a patient's list). */
export async function listOrders(
  sql: Sql,
  where: string,
  params: readonly SqlParam[],
  orderBy: string,
): Promise<LabOrderList> {
  const rows = await sql.query<OrderRow>(
    `SELECT o.* FROM lab.orders o WHERE ${where} ORDER BY ${orderBy} LIMIT 500`,
    params,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      accession: r.accession,
      patientId: r.patient_id,
      status: r.status,
      priority: r.priority,
      tests: r.tests,
      panels: r.panels,
      clinicalQuestion: r.clinical_question,
      requesterId: r.requester_id,
      placedAt: r.placed_at.toISOString(),
      collectedAt: iso(r.collected_at),
      receivedAt: iso(r.received_at),
      validatedBy: r.validated_by,
      releasedAt: iso(r.released_at),
      critical: r.critical,
      criticalAcknowledgedAt: iso(r.critical_acknowledged_at),
    })),
  };
}
