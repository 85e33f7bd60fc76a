import { ValidationError } from './errors';
import { parseOrThrow, z } from './schema';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  try {
    parseOrThrow(schema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a validation error');
};

describe("field messages in the server's languages", () => {
  const schema = z.strictObject({
    givenName: z.string().min(1).max(5),
    birthDate: z.iso.date(),
    count: z.number().int(),
    gender: z.enum(['female', 'male']),
    phone: z.string().regex(/^\+\d+$/, 'Use an international number, e.g. +254700000000'),
  });

  it("keeps zod's English message and adds the Brazilian Portuguese one", () => {
    const issues = issuesOf(schema, {
      givenName: 'Florentina',
      birthDate: '4 April',
      count: 'three',
      gender: 'other',
      phone: '+2547',
    });
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue]));
    expect(byPath.givenName).toEqual({
      path: 'givenName',
      message: 'Too big: expected string to have <=5 characters',
      translations: { 'pt-BR': 'Grande demais: esperava que o texto tivesse <= 5 caracteres' },
    });
    expect(byPath.birthDate!.translations).toEqual({ 'pt-BR': 'Formato da data ISO inválido' });
    expect(byPath.count!.translations).toEqual({
      'pt-BR': 'Entrada inválida: esperava um número, recebeu um texto',
    });
    expect(byPath.gender!.translations!['pt-BR']).toContain('Opção inválida');
  });

  it('says a missing field is required, and leaves a message the schema words itself alone', () => {
    const issues = issuesOf(schema, { birthDate: '2020-01-01', count: 1, gender: 'female', phone: '0700' });
    expect(issues.find((issue) => issue.path === 'givenName')!.translations).toEqual({ 'pt-BR': 'Obrigatório' });
    const phone = issues.find((issue) => issue.path === 'phone')!;
    expect(phone.message).toBe('Use an international number, e.g. +254700000000');
    expect(phone.translations).toBeUndefined();
  });

  it('never copies the submitted value into the issue', () => {
    const issues = issuesOf(schema, { givenName: 'Florentina Secret', birthDate: 'x', count: 1, gender: 'f' });
    expect(JSON.stringify(issues)).not.toContain('Florentina Secret');
  });
});
