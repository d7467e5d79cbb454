import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsId, IsIsoDate, IsOneOf, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';
import { AccessLogRecordKindEnum } from './access-log-entry.entity';
import {
  ACCESS_LOG_PAGE_DEFAULT,
  ACCESS_LOG_PAGE_MAX,
  ACCESS_LOG_RECORD_KINDS,
  AccessLogRecordKind,
} from './access-log-rules';

@InputType({ description: 'Which reads: a period (whole days, Swedish time), a reader, a kind of record, a record.' })
export class AccessLogFilter {
  @Field(() => String, { nullable: true, description: 'Read on or after, YYYY-MM-DD.' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Read on or before, YYYY-MM-DD.' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;

  @Field(() => String, { nullable: true, description: "The reader's identity (sub)." })
  @IsOptional()
  @IsText(200)
  userSub?: string | null;

  @Field(() => AccessLogRecordKindEnum, { nullable: true, description: 'Reads of this kind of record.' })
  @IsOptional()
  @IsOneOf(ACCESS_LOG_RECORD_KINDS)
  recordKind?: AccessLogRecordKind | null;

  @Field(() => ID, { nullable: true, description: 'Reads that returned this record (of any kind).' })
  @IsOptional()
  @IsId()
  recordId?: string | null;

  @Field(() => ID, { nullable: true, deprecationReason: 'use recordKind DEVIATION and recordId' })
  @IsOptional()
  @IsId()
  deviationId?: string | null;
}

@InputType({ description: 'Which page of the access log.' })
export class AccessLogPaging {
  @Field(() => Int, { defaultValue: 0, description: 'Entries to skip.' })
  @IsWholeNumber(0, 1_000_000)
  offset = 0;

  @Field(() => Int, {
    defaultValue: ACCESS_LOG_PAGE_DEFAULT,
    description: `Entries on the page, at most ${ACCESS_LOG_PAGE_MAX}.`,
  })
  @IsWholeNumber(1, ACCESS_LOG_PAGE_MAX)
  limit: number = ACCESS_LOG_PAGE_DEFAULT;
}
