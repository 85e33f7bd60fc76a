import { createHash } from 'node:crypto';
import { handleCommand } from '@hms/sdk';
import { ImportAnalyserMessage, type AnalyserImportAnswer } from '../contracts/commands';
import { LAB_ANALYSER_IMPORT } from '../contracts/permissions';
import { analyserRefusal } from '../analyser/analyser-refusal';
import { fileAnalyserResults } from '../analyser/file-analyser-results';
import { buildAck } from '../analyser/hl7-ack';
import { parseOruR01, type OruR01 } from '../analyser/oru-r01.parser';
import { splitSegments } from '../analyser/hl7-segments';
import { analyserMessageDecider, analyserMessageStream } from '../domain/analyser-message/analyser-message.decider';

/**
 * An analyser's result message (HL7 v2 ORU^R01), relayed by its interface: each OBX becomes a result on the order
 * its specimen belongs to, entered as the interface's account and waiting, like typed results, for a person to
 * validate. A message filed before (the analyser resends until it gets an acknowledgement) is acknowledged again
 * and filed nothing. A refusal answers the NAK in the problem's details and files nothing.
 */
export const importAnalyserMessageHandler = handleCommand(ImportAnalyserMessage, {
  permission: LAB_ANALYSER_IMPORT,
  auditPatient: (_, answer) => answer?.patientIds,
  async handle({ message: text }, ctx): Promise<AnalyserImportAnswer> {
    const parsed = parseOruR01(text);
    if (!parsed.ok) throw analyserRefusal('malformed', parsed.header, ctx.meta.now, parsed.refusal);
    const message = parsed.message;
    const messageKey = keyOf(message, text);
    const stream = analyserMessageStream(messageKey);
    const ack = buildAck(message, ctx.meta.now);
    const { state } = await ctx.streams.load(stream, analyserMessageDecider);
    if (state.status === 'accepted') {
      const { orderIds, patientIds, results } = state;
      return { status: 'duplicate', ack, orderIds, patientIds, results };
    }
    const filed = await fileAnalyserResults(ctx, message);
    const sender = `${message.sendingApplication}@${message.sendingFacility}`;
    await ctx.streams.decide(
      stream,
      analyserMessageDecider,
      {
        type: 'lab.AcceptAnalyserMessage',
        data: { messageKey, controlId: message.controlId, sender, ...filed },
        meta: ctx.meta,
      },
      { expectedVersion: 'no-stream' },
    );
    return { status: 'accepted', ack, ...filed };
  },
});

/**
 * Names a message once and for all: the sender, its control id and its segments. A resend is the same message; an
 * analyser whose counter wrapped round reuses a control id with other results, which is another message.
 */
function keyOf(message: OruR01, text: string): string {
  return createHash('sha256')
    .update([message.sendingApplication, message.sendingFacility, message.controlId, ...splitSegments(text)].join('\r'))
    .digest('hex')
    .slice(0, 40);
}
