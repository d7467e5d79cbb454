import { commonViolation, contractsViolation, RuleViolation } from '@kvalitetsnav/codes';

/** A name as officials compare names: trimmed, inner whitespace as one space, case ignored. */
export const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** The name as stored: trimmed, inner whitespace as one space. */
export const cleanName = (name: string): string => name.trim().replace(/\s+/g, ' ');

/** A board's name is its own: no other board has it, in any case or spacing. */
export function boardNameViolation(
  name: string,
  others: readonly { id: string; name: string }[],
  id?: string,
): RuleViolation | null {
  const taken = others.some((b) => b.id !== id && nameKey(b.name) === nameKey(name));
  return taken ? commonViolation('ALREADY_EXISTS', 'name', { entity: 'BOARD', value: cleanName(name) }) : null;
}

/** A department's name is unique within its board; another board may have one of the same name. */
export function departmentNameViolation(
  name: string,
  boardId: string,
  departments: readonly { boardId: string; name: string }[],
): RuleViolation | null {
  const taken = departments.some((d) => d.boardId === boardId && nameKey(d.name) === nameKey(name));
  return taken ? commonViolation('ALREADY_EXISTS', 'name', { entity: 'DEPARTMENT', value: cleanName(name) }) : null;
}

/**
 * Where a unit sits: a department only under a board, and then one of that board's. A unit
 * given a department and no board takes the department's board.
 */
export function unitPlacement(
  boardId: string | null,
  department: { id: string; name: string; boardId: string } | null,
): { boardId: string | null; departmentId: string | null } | { violation: RuleViolation } {
  if (!department) return { boardId, departmentId: null };
  if (boardId && department.boardId !== boardId)
    return {
      violation: contractsViolation('DEPARTMENT_OF_OTHER_BOARD', 'departmentId', { department: department.name }),
    };
  return { boardId: department.boardId, departmentId: department.id };
}

/** A contract registered without a board takes its units' board, when they all have the one same. */
export function defaultContractBoard(units: readonly { boardId: string | null }[]): string | null {
  const boards = new Set(units.map((u) => u.boardId));
  return boards.size === 1 ? [...boards][0] : null;
}
