import { whereClause } from './patient-directory.read';

describe('whereClause', () => {
  it('lists only records not merged away without criteria', () => {
    expect(whereClause({ mrns: [], birthDates: [], nameTokens: [] })).toEqual({
      where: 'WHERE merged_into IS NULL',
      params: [],
    });
  });

  it('matches MRN (or a merged-away MRN, resolving to its survivor) and birth date exactly', () => {
    expect(whereClause({ mrns: ['000000018'], birthDates: ['1990-04-12'], nameTokens: [] })).toEqual({
      where:
        'WHERE merged_into IS NULL AND (mrn = $1 OR id = (SELECT patient_id FROM patient.mrn_aliases WHERE mrn = $1))' +
        ' AND birth_date = $2::date',
      params: ['000000018', '1990-04-12'],
    });
  });

  it('matches name words as index-friendly prefixes of the name keys', () => {
    const { where, params } = whereClause({ mrns: [], birthDates: [], nameTokens: ['ada', 'lov'] });
    expect(where).toBe(
      'WHERE merged_into IS NULL AND ((given_key LIKE $1) OR (family_key LIKE $2) OR (family_key LIKE $3 AND given_key LIKE $4)' +
        ' OR (family_key LIKE $5 AND given_key LIKE $6))',
    );
    expect(params).toEqual(['ada lov%', 'ada lov%', 'ada%', 'lov%', 'lov%', 'ada%']);
  });
});
