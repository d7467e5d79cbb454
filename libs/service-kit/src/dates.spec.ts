import { stockholmToday } from './dates';

describe('stockholmToday', () => {
  it('follows Swedish time around midnight UTC, in winter and summer', () => {
    expect(stockholmToday(new Date('2022-01-31T22:59:59Z'))).toBe('2022-01-31');
    expect(stockholmToday(new Date('2022-01-31T23:00:00Z'))).toBe('2022-02-01');
    expect(stockholmToday(new Date('2022-06-30T21:59:59Z'))).toBe('2022-06-30');
    expect(stockholmToday(new Date('2022-06-30T22:00:00Z'))).toBe('2022-07-01');
  });
});
