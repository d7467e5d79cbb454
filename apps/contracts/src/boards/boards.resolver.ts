import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Board } from './board.entity';
import { RegisterBoardInput, RegisterDepartmentInput, RenameBoardInput } from './boards.inputs';
import { BoardsService } from './boards.service';
import { Department } from './department.entity';

// Board names are no secret: whoever sees units or deviations may see which board they belong to.
const READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'MEDICALLY_RESPONSIBLE', 'ORDERING'] as const;

/** The administration's own structure: the administrator keeps it, officials read it. */
@Resolver(() => Board)
export class BoardsResolver {
  constructor(private readonly service: BoardsService) {}

  @Query(() => [Board], { description: 'The boards (nämnder), by name.' })
  @RequireRoles(...READERS)
  boards(): Promise<Board[]> {
    return this.service.list();
  }

  @Query(() => [Department], { description: "Departments (avdelningar) by name: a board's, or every board's." })
  @RequireRoles(...READERS)
  departments(@Args('boardId', { type: () => ID, nullable: true }) boardId?: string | null): Promise<Department[]> {
    return this.service.departments(boardId);
  }

  @ResolveField('departments', () => [Department])
  departmentsOf(@Parent() board: Board): Promise<Department[]> {
    return this.service.departments(board.id);
  }

  @Mutation(() => Board)
  @RequireRoles('ADMIN')
  registerBoard(@Args('input') input: RegisterBoardInput, @CurrentIdentity() identity: Identity): Promise<Board> {
    return this.service.register(input, identity);
  }

  @Mutation(() => Board)
  @RequireRoles('ADMIN')
  renameBoard(@Args('input') input: RenameBoardInput, @CurrentIdentity() identity: Identity): Promise<Board> {
    return this.service.rename(input, identity);
  }

  @Mutation(() => Department)
  @RequireRoles('ADMIN')
  registerDepartment(
    @Args('input') input: RegisterDepartmentInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Department> {
    return this.service.registerDepartment(input, identity);
  }
}
