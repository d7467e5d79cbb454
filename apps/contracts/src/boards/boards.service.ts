import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';
import { byIdLoader, LoaderContext, refuseAll } from '@kvalitetsnav/service-kit';
import { ChangeLogService } from '../change-log/change-log.service';
import { Board } from './board.entity';
import { boardNameViolation, cleanName, departmentNameViolation, unitPlacement } from './board-rules';
import { RegisterBoardInput, RegisterDepartmentInput, RenameBoardInput } from './boards.inputs';
import { Department } from './department.entity';

/** The municipality's boards and their departments: each change in one transaction, logged. */
@Injectable()
export class BoardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changeLog: ChangeLogService,
  ) {}

  list(): Promise<Board[]> {
    return this.dataSource.getRepository(Board).find({ order: { name: 'ASC' } });
  }

  departments(boardId?: string | null): Promise<Department[]> {
    return this.dataSource
      .getRepository(Department)
      .find({ where: boardId ? { boardId } : {}, order: { name: 'ASC' } });
  }

  load(context: LoaderContext, id: string): Promise<Board | null> {
    return byIdLoader(context, 'boards', (ids) => this.dataSource.getRepository(Board).findBy({ id: In(ids) })).load(
      id,
    );
  }

  loadDepartment(context: LoaderContext, id: string): Promise<Department | null> {
    return byIdLoader(context, 'departments', (ids) =>
      this.dataSource.getRepository(Department).findBy({ id: In(ids) }),
    ).load(id);
  }

  async register(input: RegisterBoardInput, by: Identity): Promise<Board> {
    return this.dataSource.transaction(async (manager) => {
      // Locked, so two boards of one name cannot both pass the check.
      await manager.query('LOCK TABLE board IN SHARE ROW EXCLUSIVE MODE');
      refuseAll([boardNameViolation(input.name, await manager.find(Board))].filter((v) => v !== null));
      const board = manager.create(Board, { id: randomUUID(), name: cleanName(input.name) });
      await manager.insert(Board, board);
      await this.changeLog.record(manager, {
        entityType: 'BOARD',
        entityId: board.id,
        action: 'CREATED',
        by,
        changes: { name: board.name },
      });
      return board;
    });
  }

  async rename(input: RenameBoardInput, by: Identity): Promise<Board> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE board IN SHARE ROW EXCLUSIVE MODE');
      const board = await manager.findOneBy(Board, { id: input.id });
      if (!board) throw commonViolation('UNKNOWN', 'id', { entity: 'BOARD', ids: [input.id] });
      refuseAll([boardNameViolation(input.name, await manager.find(Board), board.id)].filter((v) => v !== null));
      const name = cleanName(input.name);
      if (name === board.name) return board;
      await manager.update(Board, { id: board.id }, { name });
      await this.changeLog.record(manager, {
        entityType: 'BOARD',
        entityId: board.id,
        action: 'UPDATED',
        by,
        changes: { name: { from: board.name, to: name } },
      });
      board.name = name;
      return board;
    });
  }

  async registerDepartment(input: RegisterDepartmentInput, by: Identity): Promise<Department> {
    return this.dataSource.transaction(async (manager) => {
      const board = await manager.findOne(Board, { where: { id: input.boardId }, lock: { mode: 'pessimistic_write' } });
      if (!board) throw commonViolation('UNKNOWN', 'boardId', { entity: 'BOARD', ids: [input.boardId] });
      const siblings = await manager.findBy(Department, { boardId: board.id });
      refuseAll([departmentNameViolation(input.name, board.id, siblings)].filter((v) => v !== null));
      const department = manager.create(Department, {
        id: randomUUID(),
        boardId: board.id,
        name: cleanName(input.name),
      });
      await manager.insert(Department, department);
      await this.changeLog.record(manager, {
        entityType: 'DEPARTMENT',
        entityId: department.id,
        action: 'CREATED',
        by,
        changes: { boardId: board.id, name: department.name },
      });
      return department;
    });
  }

  /** Checks a board exists, inside the caller's transaction; null passes as no board. */
  async knownBoard(manager: EntityManager, boardId: string | null | undefined, field = 'boardId'): Promise<void> {
    if (boardId && !(await manager.existsBy(Board, { id: boardId })))
      throw commonViolation('UNKNOWN', field, { entity: 'BOARD', ids: [boardId] });
  }

  /** A unit's board and department as given, checked against each other (see unitPlacement). */
  async placement(
    manager: EntityManager,
    boardId: string | null,
    departmentId: string | null,
  ): Promise<{ boardId: string | null; departmentId: string | null }> {
    await this.knownBoard(manager, boardId);
    const department = departmentId ? await manager.findOneBy(Department, { id: departmentId }) : null;
    if (departmentId && !department)
      throw commonViolation('UNKNOWN', 'departmentId', { entity: 'DEPARTMENT', ids: [departmentId] });
    const placed = unitPlacement(boardId, department);
    if ('violation' in placed) throw placed.violation;
    return placed;
  }
}
