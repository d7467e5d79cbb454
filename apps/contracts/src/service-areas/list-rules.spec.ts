import { codeFromName, nameViolation, newEntry, nextPosition } from './list-rules';

const list = [
  { code: 'HOME_CARE', name: 'Hemtjänst' },
  { code: 'LSS_GROUP_HOME', name: 'Gruppbostad LSS' },
];

describe('an entry of a managed list', () => {
  it('gets a code made from its name when none is given, in upper snake case without å, ä, ö', () => {
    expect(codeFromName('Boende socialpsykiatri')).toBe('BOENDE_SOCIALPSYKIATRI');
    expect(codeFromName('  Korttidsvistelse  ')).toBe('KORTTIDSVISTELSE');
    expect(codeFromName('Avlösarservice, LSS 9 § 5')).toBe('AVLOSARSERVICE_LSS_9_5');
    expect(codeFromName('Äldreomsorg – dagverksamhet')).toBe('ALDREOMSORG_DAGVERKSAMHET');
  });

  it('keeps the code it is given', () => {
    expect(newEntry('SERVICE_AREA', { name: 'Korttidsvistelse', code: 'SHORT_TERM_STAY' }, list)).toEqual({
      code: 'SHORT_TERM_STAY',
      name: 'Korttidsvistelse',
    });
  });

  it('is stored with its name trimmed and single-spaced', () => {
    expect(newEntry('SECTOR', { name: '  Social   psykiatri ' }, [])).toEqual({
      code: 'SOCIAL_PSYKIATRI',
      name: 'Social psykiatri',
    });
  });

  it('needs a code given when its name has nothing to make one from', () => {
    const result = newEntry('SERVICE_AREA', { name: '123' }, list);
    expect(result).toEqual({ violations: [expect.objectContaining({ rule: 'LIST_CODE_NEEDED', field: 'code' })] });
  });

  it('takes neither a code nor a name (in any case or spacing) already on the list', () => {
    const result = newEntry('SERVICE_AREA', { name: 'hemtjänst ', code: 'LSS_GROUP_HOME' }, list);
    expect(result).toEqual({
      violations: [
        expect.objectContaining({
          rule: 'ALREADY_EXISTS',
          field: 'code',
          params: { entity: 'SERVICE_AREA', value: 'LSS_GROUP_HOME' },
        }),
        expect.objectContaining({
          rule: 'ALREADY_EXISTS',
          field: 'name',
          params: { entity: 'SERVICE_AREA', value: 'hemtjänst' },
        }),
      ],
    });
  });

  it('may keep its own name on a rename, but not take another entry’s', () => {
    expect(nameViolation('SERVICE_AREA', 'HEMTJÄNST', list, 'HOME_CARE')).toBeNull();
    expect(nameViolation('SERVICE_AREA', 'Hemtjänst', list, 'LSS_GROUP_HOME')).toEqual(
      expect.objectContaining({ rule: 'ALREADY_EXISTS', field: 'name' }),
    );
  });

  it('comes last in the list', () => {
    expect(nextPosition([{ position: 0 }, { position: 14 }])).toBe(15);
    expect(nextPosition([])).toBe(0);
  });
});
