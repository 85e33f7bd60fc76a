import { handleCommand, handleQuery } from '@hms/sdk';
import { LoadIcd10Codes } from '../contracts/commands';
import { TERMINOLOGY_MANAGE, TERMINOLOGY_READ } from '../contracts/permissions';
import { SearchIcd10, SearchLoinc } from '../contracts/queries';
import { TERMINOLOGY_STREAM } from '../domain/streams';
import { LOINC_COMPACT } from '../domain/terminology/loinc';

/**
 * Loads a batch of the hospital's ICD-10 list. Recorded as an event (which list, when, by whom, is part of the
 * history); the inline projection upserts the codes. Appended without a decider: there is no rule to keep.
 */
export const loadIcd10CodesHandler = handleCommand(LoadIcd10Codes, {
  permission: TERMINOLOGY_MANAGE,
  async handle(data, ctx) {
    await ctx.streams.decide(
      TERMINOLOGY_STREAM,
      {
        initialState: () => null,
        evolve: (s: null) => s,
        decide: () => [{ type: 'ehr.Icd10CodesLoaded', data: { codes: data.codes, loadedAt: ctx.meta.now } }],
      },
      { type: 'ehr.LoadIcd10Codes', data, meta: ctx.meta },
    );
    return { loaded: data.codes.length };
  },
});

/** A code prefix (`E11`, `e11.9`) matches codes; otherwise every word must be in the title (prefix matching). */
export const searchIcd10Handler = handleQuery(SearchIcd10, {
  permission: TERMINOLOGY_READ,
  async handle({ q, limit }, ctx) {
    const looksLikeCode = /^[A-Za-z][0-9][0-9A-Za-z.]*$/.test(q);
    if (looksLikeCode) {
      const items = await ctx.sql.query<{ code: string; title: string }>(
        `SELECT code, title FROM ehr.icd10_codes WHERE code LIKE $1 ORDER BY code LIMIT $2`,
        [`${q.toUpperCase()}%`, limit],
      );
      if (items.length > 0) return { items };
    }
    const words = q
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map((w) => `${w}:*`);
    if (words.length === 0) return { items: [] };
    const items = await ctx.sql.query<{ code: string; title: string }>(
      `SELECT code, title FROM ehr.icd10_codes WHERE words @@ to_tsquery('simple', $1) ORDER BY length(code), code LIMIT $2`,
      [words.join(' & '), limit],
    );
    return { items };
  },
});

export const searchLoincHandler = handleQuery(SearchLoinc, {
  permission: TERMINOLOGY_READ,
  async handle({ q }) {
    const needle = q.toLowerCase();
    const items = LOINC_COMPACT.filter(
      (e) => needle === '' || e.code.startsWith(needle) || e.display.toLowerCase().includes(needle),
    ).map(({ code, display, vital, units }) => ({ code, display, vital, units: [...units] }));
    return { items };
  },
});
