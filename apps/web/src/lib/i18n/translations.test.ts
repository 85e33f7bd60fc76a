import { afterEach, describe, expect, it } from 'vitest';
import { localizeMessages, setCurrentLocale, untranslatedKeys } from '@hms/sdk/client';
import { en, t } from './en';
import { pt } from './pt';
import { formatDate, formatMoney, formatNumber, numberSeparators, parseDecimal } from './format';

describe('the shell in Portuguese', () => {
  afterEach(() => setCurrentLocale('en-GB'));

  it('translates every message of the shell, the administration screens included', () => {
    expect(untranslatedKeys(en, pt)).toEqual([]);
  });

  it('reads Portuguese where translated and English where a translation lacks a message', () => {
    setCurrentLocale('pt-BR');
    expect(t.shell.signOut).toBe('Sair');
    expect(t.admin.failedJobs(2)).toBe('2 tarefas com falha');
    const partial = localizeMessages({ a: 'One', b: 'Two' }, { pt: { a: 'Um' } });
    expect([partial.a, partial.b]).toEqual(['Um', 'Two']);
  });

  it('follows Portuguese plural rules through ICU messages', () => {
    setCurrentLocale('pt-BR');
    expect(t.sync.waiting(1)).toBe('1 ação aguardando envio');
    expect(t.sync.waiting(3)).toBe('3 ações aguardando envio');
    expect(t.shell.unsentDetail(1, 0)).toBe(
      '1 ação está guardado apenas neste computador. Sair o apaga. Continue conectado e ele será enviado assim que a rede voltar.',
    );
    expect(t.shell.unsentDetail(2, 1)).toMatch(/^2 ações e o texto de 1 nota estão guardados .* os apaga\./);
    expect(t.notifications.bell(0)).toBe('Notificações: nenhuma não lida');
    expect(t.notifications.bell(4)).toBe('Notificações: 4 não lidas');
  });

  it('formats dates, numbers and money the way the language writes them', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatMoney(123456, 'GBP')).toBe('£1,234.56');
    setCurrentLocale('pt-BR');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatMoney(123456, 'BRL')).toMatch(/^R\$\s1\.234,56$/);
    expect(formatMoney(1500, 'JPY')).toMatch(/1\.500/);
    expect(formatDate('2026-12-07')).toBe('7 de dez. de 2026');
  });

  it('reads a typed number in the form the language writes it, groups of three only', () => {
    expect(numberSeparators()).toEqual({ group: ',', decimal: '.' });
    expect(parseDecimal('1,500.5', 2)).toEqual({ whole: '1500', fraction: '5' });
    expect(parseDecimal('1500', 0)).toEqual({ whole: '1500', fraction: '' });
    expect(parseDecimal('15,00.5', 2)).toBeNull();
    expect(parseDecimal('1.505', 2)).toBeNull();
    setCurrentLocale('pt-BR');
    expect(numberSeparators()).toEqual({ group: '.', decimal: ',' });
    expect(parseDecimal(' 1.500,50 ', 2)).toEqual({ whole: '1500', fraction: '50' });
    expect(parseDecimal('10.5', 2)).toBeNull();
    expect(parseDecimal('1500,5', 0)).toBeNull();
  });
});
