import { ServiceAreaList } from './service-area-list';

const entry = (code: string, sectorCode: string, position: number, sectorPosition: number) => ({
  code,
  name: code.toLowerCase(),
  sectorCode,
  sectorName: `sector ${sectorCode}`,
  position,
  sectorPosition,
});

describe('the service-area list a service keeps', () => {
  const list = new ServiceAreaList([
    entry('HOME_CARE', 'ELDERLY', 0, 1),
    entry('SHORT_TERM_STAY', 'DISABILITY', 2, 0),
    entry('LSS_GROUP_HOME', 'DISABILITY', 1, 0),
  ]);

  it('puts an area under the sector the list gives it', () => {
    expect(list.sectorOf('SHORT_TERM_STAY')).toBe('DISABILITY');
    expect(list.areasOf('DISABILITY')).toEqual(['SHORT_TERM_STAY', 'LSS_GROUP_HOME']);
  });

  it('puts an area it does not know yet under no sector', () => {
    expect(list.sectorOf('DAY_CARE')).toBeNull();
    expect(list.has('DAY_CARE')).toBe(false);
  });

  it('gives each sector with an area once, in the sectors’ own order', () => {
    expect(list.sectors()).toEqual([
      { code: 'DISABILITY', name: 'sector DISABILITY' },
      { code: 'ELDERLY', name: 'sector ELDERLY' },
    ]);
  });
});
