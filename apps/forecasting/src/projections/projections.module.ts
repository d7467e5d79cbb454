import { Module } from '@nestjs/common';
import { ProjectionsResolver } from './projections.resolver';
import { ProjectionsService } from './projections.service';

/** Long-term demand for places from population figures and usage rates, against contracted capacity. */
@Module({ providers: [ProjectionsService, ProjectionsResolver] })
export class ProjectionsModule {}
