/**
 * The kernel's own problem texts in Brazilian Portuguese: the RFC 9457 titles by status, the details the kernel
 * writes itself by code, and the field messages the kernel words itself, keyed by their English text (as gettext
 * keys by the source text: one list to read beside the English, no key to invent).
 */
export const TITLES_PT_BR: Readonly<Record<number, string>> = {
  400: 'A requisição é inválida',
  401: 'É preciso entrar no sistema',
  403: 'Permissão negada',
  404: 'Não encontrado',
  405: 'Método não permitido',
  406: 'Formato não aceito',
  408: 'A requisição demorou demais',
  409: 'A requisição conflita com o estado atual',
  412: 'Pré-condição não atendida',
  413: 'Corpo da requisição grande demais',
  414: 'URI longa demais',
  415: 'Tipo de conteúdo não suportado',
  422: 'Uma regra de negócio recusou a requisição',
  428: 'Pré-condição obrigatória',
  429: 'Requisições demais',
  431: 'Cabeçalhos grandes demais',
  500: 'Erro interno do servidor',
  501: 'Não implementado',
  502: 'Gateway inválido',
  503: 'Serviço indisponível',
  504: 'Tempo esgotado no gateway',
};

/** Fallback titles when a status has none of its own. */
export const FALLBACK_TITLES_PT_BR = {
  refused: 'A requisição foi recusada',
  failed: 'O servidor não conseguiu concluir a requisição',
} as const;

/** The details the kernel writes itself, by code. */
export const DETAILS_PT_BR: Readonly<Record<string, string>> = {
  INVALID_JSON: 'O corpo da requisição não é um JSON válido.',
  INVALID_CONTENT_LENGTH: 'O tamanho do corpo da requisição difere do seu Content-Length.',
  PAYLOAD_TOO_LARGE: 'O corpo da requisição é maior do que o servidor aceita.',
  UNSUPPORTED_MEDIA_TYPE: 'O corpo da requisição tem um tipo de conteúdo que esta rota não aceita.',
  INTERNAL_ERROR: 'Ocorreu um erro inesperado; informe o identificador de correlação ao relatá-lo.',
  ROUTE_NOT_FOUND: 'Nenhuma rota corresponde a este método e caminho.',
  VALIDATION_FAILED: 'Alguns campos são inválidos; veja a lista de erros.',
};

/** The kernel's own field messages, by their English text. */
export const FIELD_MESSAGES_PT_BR: Readonly<Record<string, string>> = {
  Required: 'Obrigatório',
  'This is not your current password': 'Esta não é a sua senha atual',
  'Choose a password other than the current one': 'Escolha uma senha diferente da atual',
  'Use lower-case letters, digits, dots, dashes or underscores':
    'Use letras minúsculas, dígitos, pontos, hifens ou sublinhados',
  'Use 2–64 letters, digits, dots, dashes or underscores':
    'Use de 2 a 64 letras, dígitos, pontos, hifens ou sublinhados',
  'Permissions must be non-empty strings': 'As permissões devem ser textos não vazios',
  'Expected 1–255 visible ASCII characters': 'Esperava de 1 a 255 caracteres ASCII visíveis',
  'Expected 1-200 letters, digits, dots, dashes or underscores, not only digits':
    'Esperava de 1 a 200 letras, dígitos, pontos, hifens ou sublinhados, não apenas dígitos',
  'Not a cursor this server gave': 'Não é um cursor fornecido por este servidor',
  'The request does not fit this route': 'A requisição não corresponde a esta rota',
  'The body must be a JSON object': 'O corpo deve ser um objeto JSON',
  'must be in the future': 'deve estar no futuro',
  'is not a notification kind': 'não é um tipo de notificação',
};
