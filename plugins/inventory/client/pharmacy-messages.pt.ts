import type { Translation } from '@hms/sdk/client';
import type { pharmacyMessages, pharmacyProblems } from './pharmacy-messages.en';

/** The pharmacy screens' messages in Brazilian Portuguese; messages.pt.ts carries them as `pharmacy`. */
export const pharmacyMessagesPt: Translation<typeof pharmacyMessages> = {
  title: 'Farmácia',
  worklist: 'Prescrições a dispensar',
  worklistHint:
    'Prescrições do prontuário, das mais antigas para as mais novas, até serem atendidas por inteiro. Abra uma para dispensá-la.',
  showAll: 'Mostrar todas as prescrições, inclusive as atendidas e as suspensas',
  none: 'Nada aguarda dispensação.',
  medication: 'Prescrito',
  dosage: 'Posologia',
  patient: 'Paciente',
  prescribed: 'Quantidade prescrita',
  dispensed: 'Dispensado',
  outstanding: 'Falta dispensar',
  prescribedAt: 'Prescrita em',
  status: 'Situação',
  statuses: { active: 'Ativa', stopped: 'Suspensa' },
  noQuantity: 'não informada',
  open: (medication: string) => `Dispensar: ${medication}`,
  back: 'Prescrições a dispensar',
  dispense: 'Dispensar',
  dispenseHint:
    'Escolha o medicamento em estoque que atende esta prescrição e o almoxarifado de onde ele sai; os lotes que vencem primeiro saem primeiro.',
  item: 'Medicamento',
  offFormulary: 'fora da padronização',
  from: 'Do almoxarifado',
  quantity: 'Quantidade',
  choose: 'Escolha…',
  dispenses: 'Dispensado até agora',
  noDispenses: 'Nada foi dispensado para esta prescrição ainda.',
  lots: 'Lotes',
  lotTaken: (quantity: number, lot: string, expiresOn: string | null) =>
    `${quantity} do lote ${lot}${expiresOn ? ` (validade ${expiresOn})` : ''}`,
  by: 'Por',
  when: 'Quando',
  returned: 'Devolvido',
  giveBack: 'Devolver',
  returnHint:
    'A medicação não usada que volta da unidade ou do paciente retorna aos seus lotes no almoxarifado de onde saiu.',
  reason: 'Motivo',
  returns: 'Devoluções',
  needItem: 'Escolha o medicamento a dispensar.',
  needLocation: 'Escolha o almoxarifado de onde ele sai.',
  needQuantity: 'Informe a quantidade como um número inteiro de pelo menos 1.',
  needReason: 'Diga por que ele volta.',
  dispensedDone: (quantity: string) => `Dispensado: ${quantity}.`,
  dispensedWaiting: (quantity: string) =>
    `${quantity}: registrado neste computador; é dispensado quando a rede voltar.`,
  returnedDone: (quantity: string) => `${quantity}: de volta ao estoque.`,
  stoppedNotice:
    'O prescritor suspendeu esta prescrição: ela não é mais dispensada. Devoluções continuam sendo aceitas.',
};

/** What the pharmacy's refusals say, in Brazilian Portuguese. */
export const pharmacyProblemsPt: Translation<typeof pharmacyProblems> = {
  PRESCRIPTION_NOT_FOUND: 'Esta prescrição não está entre as prescrições a dispensar.',
  DISPENSE_NOT_FOUND: 'Esta dispensação não foi encontrada para esta prescrição.',
  PRESCRIPTION_STOPPED: 'O prescritor suspendeu esta prescrição: ela não é mais dispensada.',
  ITEM_NOT_A_MEDICINE: 'Este item não é um medicamento: escolha o medicamento a dispensar.',
  ISSUE_IS_A_DISPENSE: 'Esta saída dispensou uma prescrição: receba-a de volta como devolução na farmácia.',
};
