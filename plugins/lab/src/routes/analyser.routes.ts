import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { analyserImportAnswerSchema, ImportAnalyserMessage, importAnalyserMessageSchema } from '../contracts/commands';

/**
 * The analysers' door. An interface account (role `lab-analyser-interface`) sends each message with its bearer
 * token, so every filed result names the account that filed it and a retired analyser is switched off like any
 * account. A refusal is a problem+json whose `details.ack` is the HL7 NAK to hand back to the analyser.
 */
export const analyserRoutes: readonly RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    path: '/lab/analyser/messages',
    summary: "File an analyser's HL7 v2 ORU^R01 result message; answers the HL7 acknowledgement",
    description:
      '`{"message": "MSH|^~\\\\&|…\\rOBR|1||LAB-000042-SST\\rOBX|1|NM|2823-3^Potassium^LN||4.4|mmol/L|||||F"}`: each OBR names a specimen (its accession or label code), each numeric OBX a result on that order. Results wait for validation by a person. A message sent again is acknowledged and not filed twice (`status: "duplicate"`).',
    command: ImportAnalyserMessage,
    body: importAnalyserMessageSchema,
    response: analyserImportAnswerSchema,
  }),
];
