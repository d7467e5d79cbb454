import { changesOf } from './change-rules';

describe('what an edit changes', () => {
  const unit = { name: 'Gruppbostad Eken', places: 6 as number | null, unitIds: ['a', 'b'] };

  it('is each field given with another value than it has', () => {
    expect(changesOf(unit, { name: 'Gruppbostad Asken', places: 6 })).toEqual({ name: 'Gruppbostad Asken' });
  });

  it('leaves out what was not given, and keeps a given null (a value cleared)', () => {
    expect(changesOf(unit, { places: undefined })).toEqual({});
    expect(changesOf(unit, { places: null })).toEqual({ places: null });
  });

  it('compares lists as sets, so the same units in another order are no change', () => {
    expect(changesOf(unit, { unitIds: ['b', 'a'] })).toEqual({});
    expect(changesOf(unit, { unitIds: ['a'] })).toEqual({ unitIds: ['a'] });
  });
});
