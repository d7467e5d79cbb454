import { changeCounts, StaffingFigures, staffingChange } from './staffing-change-rules';

const report: StaffingFigures = {
  managers: 1,
  permanent: 9,
  temporary: 2,
  hourly: 4,
  sickLeavePercent: 7.5,
  staffTurnoverPercent: 12,
  jobTitles: [
    { title: 'Undersköterska', headcount: 10 },
    { title: 'Sjuksköterska', headcount: 3 },
  ],
};

describe('importing a staffing row', () => {
  it('is new when the unit has no report of the half-year', () => {
    expect(staffingChange(null, report)).toBe('NEW');
  });

  it('changes nothing when the latest version says the same, as it is kept', () => {
    expect(staffingChange({ ...report }, report)).toBe('UNCHANGED');
    // Kept with two decimals, and the titles trimmed: 7.504 % is the 7.50 % stored before.
    const asKept = { ...report, sickLeavePercent: 7.504, jobTitles: [{ title: ' Undersköterska ', headcount: 10 }] };
    expect(staffingChange({ ...report, jobTitles: [{ title: 'Undersköterska', headcount: 10 }] }, asKept)).toBe(
      'UNCHANGED',
    );
  });

  it('is changed when any figure or job title differs', () => {
    expect(staffingChange(report, { ...report, hourly: 5 })).toBe('CHANGED');
    expect(staffingChange(report, { ...report, staffTurnoverPercent: 12.5 })).toBe('CHANGED');
    expect(staffingChange(report, { ...report, jobTitles: [{ title: 'Undersköterska', headcount: 10 }] })).toBe(
      'CHANGED',
    );
  });

  it('counts a file of rows by what they do', () => {
    expect(changeCounts(['NEW', 'UNCHANGED', 'CHANGED', 'UNCHANGED'])).toEqual({
      created: 1,
      changed: 1,
      unchanged: 2,
    });
    expect(changeCounts([])).toEqual({ created: 0, changed: 0, unchanged: 0 });
  });
});
