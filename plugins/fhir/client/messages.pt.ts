import type { Translation } from '@hms/sdk/client';
import type { messages } from './messages.en';

/** The fhir plugin's messages in Brazilian Portuguese (same keys as `messages.en.ts`; `{0}` is filled in). */
export const messagesPt: Translation<typeof messages> = {
  exchange: {
    title: 'Troca com outro prestador',
    exportSummary: 'Exportar resumo (IPS)',
    exporting: 'Preparando o resumo…',
    exported: 'O resumo foi baixado como documento FHIR (Sumário Internacional do Paciente).',
    importRecord: 'Importar um prontuário',
    importHint:
      'Um Bundle FHIR (JSON) de outro prestador: seus pacientes são identificados e seus registros importados.',
    importing: 'Importando…',
    inBackground: 'Um prontuário grande: ele é importado em segundo plano.',
    progress: 'Importado até agora: {0}%',
    notJson: 'Este arquivo não é um Bundle FHIR em JSON.',
    refused: 'O prontuário foi recusado: {0}',
    reportTitle: 'O que aconteceu com cada registro',
  },
  outcomes: {
    created: 'Importado',
    matched: 'Associado a um prontuário já existente aqui',
    'would-create': 'Seria importado',
    ambiguous: 'Não importado: vários prontuários aqui podem ser este',
    'not-mappable': 'Não aproveitado',
    failed: 'Recusado',
  },
};
