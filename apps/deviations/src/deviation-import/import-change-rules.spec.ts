import { categoryAfterImport, importChange, ImportedDeviation } from './import-change-rules';

const row: ImportedDeviation = {
  unitId: 'u1',
  providerId: 'p1',
  serviceArea: 'HOME_CARE',
  kind: 'SOL_LSS',
  status: 'REPORTED',
  occurredOn: '2022-03-01',
  reportedOn: '2022-03-02',
  description: 'Planerad insats genomfördes inte',
  actionsRegisteredOn: null,
  finalAssessedOn: null,
  closedOn: null,
  seriousness: null,
  ivoReportedOn: null,
  complainant: null,
  complaintCategory: null,
  categoryCode: null,
};

describe('importing a row', () => {
  it('adds it when its external id was never imported from the source', () => {
    expect(importChange(null, row).change).toBe('NEW');
  });

  it('changes nothing when it is as imported before', () => {
    expect(importChange({ ...row }, row)).toEqual({ change: 'UNCHANGED', fields: [] });
  });

  it('changes what differs from the row imported before', () => {
    const later = { ...row, status: 'ACTIONS_REGISTERED', actionsRegisteredOn: '2022-03-10' };
    expect(importChange(row, later)).toEqual({ change: 'CHANGED', fields: ['status', 'actionsRegisteredOn'] });
  });

  it('takes an empty field and a missing one as the same', () => {
    const { seriousness: _, ...withoutSeriousness } = row;
    expect(importChange(withoutSeriousness as ImportedDeviation, row).change).toBe('UNCHANGED');
  });
});

describe("a deviation's category on import", () => {
  it("is the file's when the file has a category column", () => {
    expect(categoryAfterImport(null, 'TREATMENT')).toBe('TREATMENT');
    expect(categoryAfterImport('THEFT', 'TREATMENT')).toBe('TREATMENT');
  });

  it('is none when the file has the column and the cell is empty', () => {
    expect(categoryAfterImport('THEFT', null)).toBeNull();
  });

  it('stays as an official set it when the file has no category column', () => {
    expect(categoryAfterImport('THEFT', undefined)).toBe('THEFT');
  });

  it('is none on a new deviation from a file without the column', () => {
    expect(categoryAfterImport(null, undefined)).toBeNull();
  });

  it('counts as changed when the file gives another, and unchanged when the file says nothing of it', () => {
    const set = { ...row, categoryCode: 'THEFT' };
    const other = { ...row, categoryCode: categoryAfterImport('THEFT', 'TREATMENT') };
    expect(importChange(set, other)).toEqual({ change: 'CHANGED', fields: ['categoryCode'] });
    const silent = { ...row, categoryCode: categoryAfterImport('THEFT', undefined) };
    expect(importChange(set, silent).change).toBe('UNCHANGED');
  });
});
