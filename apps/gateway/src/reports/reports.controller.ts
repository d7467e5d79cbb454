import { Body, Controller, Get, HttpCode, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { hasAnyRole, Identity } from '@kvalitetsnav/auth';
import { describeIssues } from '@kvalitetsnav/events';
import { GatewayConfig } from '../config';
import { buildBoardReport, fetchBoardReportData } from './board-report';
import { buildKoladaExport } from './kolada-export';
import { buildQualityReport, fetchQualityReportData } from './quality-report';
import { ReportData } from './report-data';
import { ReportJob, ReportJobs } from './report-jobs';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';

const READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'] as const;
const year = z.coerce
  .number({ message: 'year must be a number' })
  .int()
  .min(2000, 'year must be 2000 to 2100')
  .max(2100, 'year must be 2000 to 2100');
const ReportRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('QUALITY_REPORT'), year }),
  z.object({
    kind: z.literal('BOARD_REPORT'),
    year,
    month: z.enum(['JUNE', 'NOVEMBER'], { message: 'month must be JUNE or NOVEMBER' }),
  }),
]);

const fail = (status: number, code: string, message: string, field?: string) =>
  new HttpException({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] }, status);

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
      throw fail(401, 'UNAUTHENTICATED', error instanceof Error ? error.message : 'not signed in');
    }
    if (!hasAnyRole(identity, READERS))
      throw fail(403, 'FORBIDDEN', `reports need one of the roles ${READERS.join(', ')}`);
    return identity;
  }

  @Controller('reports')
  class ReportsController {
    @Post()
    @HttpCode(202)
    async start(@Req() req: Request, @Body() body: unknown) {
      const identity = await reader(req);
      const parsed = ReportRequest.safeParse(body ?? {});
      if (!parsed.success)
        throw fail(
          400,
          'VALIDATION_FAILED',
          describeIssues(parsed.error),
          String(parsed.error.issues[0]?.path[0] ?? ''),
        );
      const request = parsed.data;
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
          const source = await fetchBoardReportData(data, request.year, request.month, identity, step);
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
      const parsed = year.safeParse(rawYear);
      if (!parsed.success) throw fail(400, 'VALIDATION_FAILED', `year: ${parsed.error.issues[0].message}`, 'year');
      return buildKoladaExport(data, parsed.data, config.MUNICIPALITY_CODE, identity);
    }

    @Get(':id')
    async status(@Req() req: Request, @Param('id') id: string) {
      const job = jobs.get(id, await reader(req));
      if (!job) throw fail(404, 'NOT_FOUND', `report ${id} is not known (reports are kept for an hour)`);
      return view(job);
    }

    @Get(':id/report.:format')
    async file(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Param('format') format: string) {
      const job = jobs.get(id, await reader(req));
      if (!job) throw fail(404, 'NOT_FOUND', `report ${id} is not known (reports are kept for an hour)`);
      if (job.status !== 'DONE' || !job.output)
        throw fail(409, 'CONFLICT', `report ${id} is ${job.status.toLowerCase()} (${job.progress} %)`);
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
        throw fail(404, 'NOT_FOUND', `format ${format} is not offered; use html or pdf`);
      }
    }
  }
  return ReportsController;
}
