import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { hasAnyRole, Identity } from '@kvalitetsnav/auth';
import { commonViolation, ErrorCode, reportsViolation } from '@kvalitetsnav/codes';
import { GatewayConfig } from '../config';
import { notSignedIn, refusal, refusalOf, roleRequired } from '../http/refusals';
import { found, id, oneOf, year } from '../http/request-rules';
import { buildBoardReport, fetchBoardReportData } from './board-report';
import { buildKoladaExport } from './kolada-export';
import { buildQualityReport, fetchQualityReportData } from './quality-report';
import { ReportData } from './report-data';
import { ReportJob, ReportJobs } from './report-jobs';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';

const READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'] as const;
const KINDS = ['QUALITY_REPORT', 'BOARD_REPORT'] as const;
const MONTHS = ['JUNE', 'NOVEMBER'] as const;
type ReportRequest =
  | { kind: 'QUALITY_REPORT'; year: number }
  | { kind: 'BOARD_REPORT'; year: number; month: 'JUNE' | 'NOVEMBER'; boardId: string | null };

/** What POST /reports takes: a kind, a year, and for the board report its month and, for one board's, the board. */
function parseReportRequest(body: unknown): ReportRequest {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const kindProblem = oneOf('kind', input['kind'], KINDS);
  const problems = found([
    kindProblem,
    kindProblem ? null : year('year', input['year']),
    input['kind'] === 'BOARD_REPORT' ? oneOf('month', input['month'], MONTHS) : null,
    input['kind'] === 'BOARD_REPORT' && input['boardId'] != null ? id('boardId', input['boardId']) : null,
  ]);
  if (problems.length) throw refusal(problems);
  return input['kind'] === 'BOARD_REPORT'
    ? {
        kind: 'BOARD_REPORT',
        year: Number(input['year']),
        month: input['month'] as 'JUNE' | 'NOVEMBER',
        boardId: (input['boardId'] as string | null | undefined) ?? null,
      }
    : { kind: 'QUALITY_REPORT', year: Number(input['year']) };
}

const unknownReport = (id: string) =>
  refusalOf(ErrorCode.NOT_FOUND, 'UNKNOWN', `report ${id} is not known (reports are kept for an hour)`, {
    entity: 'REPORT',
    ids: [id],
  });

function view(job: ReportJob) {
  const base = `/reports/${job.id}`;
  return {
    id: job.id,
    kind: job.kind,
    params: job.params,
    status: job.status,
    progress: job.progress,
    step: job.step,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt ?? null,
    error: job.error ?? null,
    figures: job.output?.figures ?? null,
    links: job.status === 'DONE' ? { html: `${base}/report.html`, pdf: `${base}/report.pdf` } : null,
  };
}

/** Reports for the board and the public: started with POST, followed by polling, fetched when ready. */
export function createReportsController(
  config: GatewayConfig,
  identify: (req: Request) => Promise<Identity>,
  data: ReportData,
) {
  const jobs = new ReportJobs();
  const generatedAt = () =>
    new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(
      new Date(),
    );

  async function reader(req: Request): Promise<Identity> {
    let identity: Identity;
    try {
      identity = await identify(req);
    } catch (error) {
      throw notSignedIn(error instanceof Error ? error.message : 'not signed in');
    }
    if (!hasAnyRole(identity, READERS)) throw roleRequired(READERS);
    return identity;
  }

  @Controller('reports')
  class ReportsController {
    @Post()
    @HttpCode(202)
    async start(@Req() req: Request, @Body() body: unknown) {
      const identity = await reader(req);
      const request = parseReportRequest(body);
      if (request.kind === 'QUALITY_REPORT') {
        return view(
          jobs.start('QUALITY_REPORT', request, identity, 7, async (step) => {
            const source = await fetchQualityReportData(data, request.year, config.MUNICIPALITY_CODE, identity, step);
            step('Skapar HTML');
            const { document, figures } = buildQualityReport(source, generatedAt());
            const html = renderHtml(document);
            step('Skapar PDF');
            return { html, pdf: await renderPdf(html, config.CHROMIUM_PATH, document.title), figures };
          }),
        );
      }
      return view(
        jobs.start('BOARD_REPORT', request, identity, 3, async (step) => {
          const source = await fetchBoardReportData(data, request.year, request.month, identity, step, request.boardId);
          step('Skapar HTML');
          const document = buildBoardReport(source, generatedAt());
          const html = renderHtml(document);
          step('Skapar PDF');
          return {
            html,
            pdf: await renderPdf(html, config.CHROMIUM_PATH, document.title),
            figures: { reported: source.reported.length, decisionCases: source.decisionCases.length },
          };
        }),
      );
    }

    @Get('kolada')
    async kolada(@Req() req: Request, @Query('year') rawYear: string) {
      const identity = await reader(req);
      const problem = year('year', rawYear);
      if (problem) throw refusal([problem]);
      return buildKoladaExport(data, Number(rawYear), config.MUNICIPALITY_CODE, identity);
    }

    @Get(':id')
    async status(@Req() req: Request, @Param('id') id: string) {
      const job = jobs.get(id, await reader(req));
      if (!job) throw unknownReport(id);
      return view(job);
    }

    @Get(':id/report.:format')
    async file(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Param('format') format: string) {
      const job = jobs.get(id, await reader(req));
      if (!job) throw unknownReport(id);
      if (job.status !== 'DONE' || !job.output)
        throw refusal([
          reportsViolation('REPORT_NOT_READY', undefined, { id, status: job.status, progress: job.progress }),
        ]);
      const name = `${job.kind === 'QUALITY_REPORT' ? 'kvalitetsberattelse' : 'halvarsrapport'}-${job.params['year']}`;
      if (format === 'pdf') {
        res.setHeader('content-type', 'application/pdf');
        res.setHeader('content-disposition', `attachment; filename="${name}.pdf"`);
        res.end(job.output.pdf);
      } else if (format === 'html') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        // The report's own inline scripts draw its charts; nothing else may run or load.
        res.setHeader(
          'content-security-policy',
          "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:",
        );
        res.end(job.output.html);
      } else {
        throw refusal([commonViolation('NOT_ONE_OF', 'format', { allowed: ['html', 'pdf'] })]);
      }
    }
  }
  return ReportsController;
}
