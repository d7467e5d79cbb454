import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsBoolean, IsString, IsUUID, Length, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { DeviationsError, DeviationsErrorCode } from '../errors/deviations-error';
import { RootCause } from './root-cause.entity';

@InputType()
export class CreateRootCauseInput {
  @Field({ description: 'UPPER_SNAKE, e.g. NIGHT_STAFFING.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, { message: 'code must be UPPER_SNAKE, 2 to 60 characters' })
  code!: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'label must be 1 to 200 characters' })
  label!: string;
}

@InputType()
export class SetRootCauseActiveInput {
  @Field(() => ID) @IsUUID('all', { message: 'rootCauseId must be a UUID' }) rootCauseId!: string;
  @Field() @IsBoolean({ message: 'active must be true or false' }) active!: boolean;
}

@Injectable()
export class RootCausesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(includeRetired: boolean): Promise<RootCause[]> {
    return this.dataSource
      .getRepository(RootCause)
      .find({ where: includeRetired ? {} : { active: true }, order: { label: 'ASC' } });
  }

  async create(input: CreateRootCauseInput): Promise<RootCause> {
    const repository = this.dataSource.getRepository(RootCause);
    if (await repository.existsBy({ code: input.code }))
      throw new DeviationsError(DeviationsErrorCode.CONFLICT, `code ${input.code} is already on the list`, 'code');
    const cause = repository.create({ id: randomUUID(), code: input.code, label: input.label.trim(), active: true });
    await repository.insert(cause);
    return cause;
  }

  async setActive(input: SetRootCauseActiveInput): Promise<RootCause> {
    const repository = this.dataSource.getRepository(RootCause);
    const cause = await repository.findOneBy({ id: input.rootCauseId });
    if (!cause)
      throw new DeviationsError(
        DeviationsErrorCode.NOT_FOUND,
        `rootCauseId ${input.rootCauseId} is not on the list`,
        'rootCauseId',
      );
    cause.active = input.active;
    await repository.update({ id: cause.id }, { active: input.active });
    return cause;
  }
}

@Resolver(() => RootCause)
export class RootCausesResolver {
  constructor(private readonly rootCauseService: RootCausesService) {}

  @Query(() => [RootCause], { description: 'The managed list of root causes.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  rootCauses(@Args('includeRetired', { defaultValue: false }) includeRetired: boolean): Promise<RootCause[]> {
    return this.rootCauseService.list(includeRetired);
  }

  @Mutation(() => RootCause)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createRootCause(@Args('input') input: CreateRootCauseInput): Promise<RootCause> {
    return this.rootCauseService.create(input);
  }

  @Mutation(() => RootCause, { description: 'Retires a root cause (or brings it back); deviations keep theirs.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  setRootCauseActive(@Args('input') input: SetRootCauseActiveInput): Promise<RootCause> {
    return this.rootCauseService.setActive(input);
  }
}
