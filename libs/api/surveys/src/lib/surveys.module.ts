import { SurveyArchiveService } from './survey-archive.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StrategyModule } from '@suunta/api-strategy';
import { SurveyImportService } from './survey-import.service';
import { SurveyReadService } from './survey-read.service';
import { SurveyResultsService } from './survey-results.service';
import { SurveyScoresReadService } from './survey-scores-read.service';
import { SurveyWriteService } from './survey-write.service';
import { SurveyEntity } from './survey.entity';
import { SurveysController } from './surveys.controller';
import { SurveysSeeder } from './surveys.seeder';

/** Evaluation surveys: Webropol import, per-theme distributions and averages, series across years and regions. */
@Module({
  imports: [TypeOrmModule.forFeature([SurveyEntity]), StrategyModule],
  controllers: [SurveysController],
  providers: [SurveyArchiveService, SurveyImportService, SurveyReadService, SurveyResultsService, SurveyScoresReadService, SurveyWriteService, SurveysSeeder],
  exports: [SurveyArchiveService, SurveyReadService, SurveyResultsService, SurveyScoresReadService],
})
export class SurveysModule {}
