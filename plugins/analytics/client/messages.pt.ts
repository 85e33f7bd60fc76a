import type { Translation } from '@hms/sdk/client';
import type { messages } from './messages.en';

/** The analytics plugin's messages in Brazilian Portuguese (same keys as `messages.en.ts`). */
export const messagesPt: Translation<typeof messages> = {
  menu: { dashboard: 'Painel' },
  dashboard: {
    title: 'Painel',
    figures: 'Indicadores principais',
    updated: (when: string) => `Atualizado às ${when}`,
    stale: 'Não foi possível atualizar: estes números podem estar desatualizados.',
    inPatients: 'Pacientes internados agora',
    occupancy: 'Taxa de ocupação de leitos',
    occupancyDetail: (inPatients: number, beds: number) => `${inPatients} de ${beds} leitos em operação ocupados`,
    appointmentsToday: 'Consultas hoje',
    noShowsToday: 'Faltaram hoje',
    admissionsToday: 'Internações hoje',
    dischargesToday: 'Altas hoje',
    averageLengthOfStay: 'Tempo médio de permanência (últimos 30 dias)',
    days: (n: string) => `${n} dias`,
    notAvailable: 'ainda sem dados',
    charts: {
      title: 'Gráficos',
      today: 'Movimentação de pacientes hoje',
      patients: 'Pacientes (quantidade)',
      percentOfBeds: 'Leitos em operação ocupados (%)',
      days: 'Dias',
      averageStay: 'Permanência média',
      measure: 'Indicador',
    },
  },
};
