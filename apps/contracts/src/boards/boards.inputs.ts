import { Field, ID, InputType } from '@nestjs/graphql';
import { IsId, IsText } from '@kvalitetsnav/service-kit';

@InputType()
export class RegisterBoardInput {
  @Field({ description: 'Unique among the boards, e.g. Äldrenämnden.' })
  @IsText(200)
  name!: string;
}

@InputType()
export class RenameBoardInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field()
  @IsText(200)
  name!: string;
}

@InputType()
export class RegisterDepartmentInput {
  @Field(() => ID)
  @IsId()
  boardId!: string;

  @Field({ description: 'Unique within the board.' })
  @IsText(200)
  name!: string;
}
