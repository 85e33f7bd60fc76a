import type { FastifyRequest } from 'fastify';
import type { AuditEntry } from '../audit/audit-entry';
import type { Kernel } from '../kernel/kernel';

/** What a kernel route says about a request it audits; where it came from and when are the request's own. */
export type RequestAuditEntry = Pick<AuditEntry, 'actorId' | 'action' | 'outcome' | 'details' | 'patientIds'>;

/**
 * Records a kernel route's request in the audit log, with the client's address and the request id as the
 * correlation id, so a sign-in, a refusal and an admin's change are traced the same way.
 */
export function auditRequest(kernel: Kernel, request: FastifyRequest, entry: RequestAuditEntry): Promise<unknown> {
  return kernel.audit.record(kernel.db, {
    at: kernel.clock.now(),
    ...entry,
    source: request.ip ?? null,
    correlationId: String(request.id),
  });
}
