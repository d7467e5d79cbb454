import { Controller, Get, HttpException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { hasAnyRole, Identity } from '@kvalitetsnav/auth';
import { commonViolation, ErrorCode } from '@kvalitetsnav/codes';
import { GatewayConfig } from '../config';
import { notSignedIn, refusal, refusalOf, roleRequired } from '../http/refusals';
import { buildFollowUpReport, FollowUpReportSource, ThematicReportSource } from './follow-up-report';
import { ReportData } from './report-data';
import { FOLLOW_UP_REPORT } from './report-operations';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';

/** Who may read a follow-up's report signed in: those who see every follow-up (a provider's key does not). */
const READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'] as const;
const PUBLIC_READER: Identity = { sub: 'public-website', name: 'Kommunens webbplats', roles: [] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A public PDF is printed at most once per follow-up in this time: anonymous callers must not drive Chromium. */
const PUBLIC_PDF_SECONDS = 300;

const unknownFollowUp = (id: string) =>
  refusalOf(ErrorCode.NOT_FOUND, 'UNKNOWN', `follow-up ${id} is not known`, { entity: 'FOLLOW_UP', ids: [id] });

function send(res: Response, format: string, html: string | Buffer, name: string, download: boolean) {
  if (format === 'pdf') {
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `${download ? 'attachment' : 'inline'}; filename="${name}.pdf"`);
  } else {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // The report's own inline scripts only; nothing else may run or load.
    res.setHeader(
      'content-security-policy',
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:",
    );
  }
  res.end(html);
}

/**
 * The written follow-up report as HTML and PDF: for officials signed in, and once published at
 * /public/follow-ups/<id>/rapport.html|pdf for anyone, where an unpublished or unknown id is
 * the same bare 404 so nothing leaks.
 */
export function createFollowUpReportsController(
  config: GatewayConfig,
  identify: (req: Request) => Promise<Identity>,
  data: ReportData,
) {
  const generatedAt = () =>
    new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(
      new Date(),
    );
  const publicPdfs = new Map<string, { at: number; pdf: Promise<Buffer> }>();

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

  async function source(
    id: string,
    by: Identity,
  ): Promise<{ followUp: FollowUpReportSource; thematic: ThematicReportSource | null } | null> {
    if (!UUID.test(id)) return null;
    const found = await data.query('contracts', FOLLOW_UP_REPORT, { id }, by);
    return found.followUp ? { followUp: found.followUp, thematic: found.thematicFollowUp } : null;
  }

  const checkFormat = (format: string) => {
    if (format !== 'html' && format !== 'pdf')
      throw refusal([commonViolation('NOT_ONE_OF', 'format', { allowed: ['html', 'pdf'] })]);
  };

  @Controller()
  class FollowUpReportsController {
    @Get('reports/follow-ups/:id/report.:format')
    async preview(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Param('format') format: string) {
      const identity = await reader(req);
      checkFormat(format);
      const found = await source(id, identity);
      if (!found) throw unknownFollowUp(id);
      const document = buildFollowUpReport(found.followUp, generatedAt(), found.thematic);
      const html = renderHtml(document);
      send(
        res,
        format,
        format === 'pdf' ? await renderPdf(html, config.CHROMIUM_PATH, document.title) : html,
        'uppfoljningsrapport',
        true,
      );
    }

    @Get('public/follow-ups/:id/rapport.:format')
    async published(@Res() res: Response, @Param('id') id: string, @Param('format') format: string) {
      const found = format === 'html' || format === 'pdf' ? await source(id, PUBLIC_READER) : null;
      if (!found?.followUp.publishedOn) throw new HttpException('Sidan finns inte.', 404);
      // Rendered on request: the provider's answer below goes on as the actions do; the footer says when.
      const document = buildFollowUpReport(found.followUp, generatedAt(), found.thematic);
      const html = renderHtml(document);
      if (format === 'html') return send(res, format, html, 'uppfoljningsrapport', false);
      const cached = publicPdfs.get(id);
      const fresh = cached && Date.now() - cached.at < PUBLIC_PDF_SECONDS * 1000;
      const entry = fresh ? cached : { at: Date.now(), pdf: renderPdf(html, config.CHROMIUM_PATH, document.title) };
      if (!fresh) publicPdfs.set(id, entry);
      entry.pdf.catch(() => publicPdfs.delete(id));
      send(res, format, await entry.pdf, 'uppfoljningsrapport', false);
    }
  }
  return FollowUpReportsController;
}
