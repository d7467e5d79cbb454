import { Controller, Get, HttpException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Identity } from '@kvalitetsnav/auth';
import { ServedSchema } from './public-schema';

/**
 * Where tools/build/build-graphiql.mjs puts the page: <workspace>/dist/graphiql, seen from
 * apps/gateway/src/explore in the source tree and from dist/apps/gateway/apps/gateway/src/explore.
 */
const GRAPHIQL_DIRS = [
  path.resolve(__dirname, '../../../../dist/graphiql'),
  path.resolve(__dirname, '../../../../../../graphiql'),
];

/**
 * The page runs only the bundle it was served with: scripts, workers and fonts from this origin.
 * Styles may be inline because Monaco (GraphiQL's editor) writes its themes into <style> elements
 * at run time; no upgrade-insecure-requests, as the development gateway speaks plain HTTP.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const fail = (status: number, code: string, message: string) =>
  new HttpException({ errors: [{ message, extensions: { code } }] }, status);

/**
 * What makes the API explorable where introspection is on (never in production, where this
 * controller is not mounted and both paths answer 404): GraphiQL at /graphiql and the public
 * schema at /schema.graphql.
 */
export function createExploreController(identify: (req: Request) => Promise<Identity>, schema: ServedSchema) {
  // Looked up per request: `npm start` may build the page after the gateway is up.
  const graphiqlDir = () => GRAPHIQL_DIRS.find((dir) => existsSync(path.join(dir, 'index.html')));

  function sendGraphiql(res: Response, file: string, cacheControl: string) {
    const dir = graphiqlDir();
    res.setHeader('content-security-policy', GRAPHIQL_CSP);
    if (!dir) {
      res
        .status(404)
        .type('text/plain; charset=utf-8')
        .send('GraphiQL är inte byggt ännu. Kör "node tools/build/build-graphiql.mjs" (npm start gör det själv).\n');
      return;
    }
    res.setHeader('cache-control', cacheControl);
    // `root` confines the path to the build directory; a missing file is a plain 404.
    res.sendFile(file, { root: dir, dotfiles: 'deny' }, (error) => {
      if (!error || res.headersSent) return;
      res.setHeader('cache-control', 'no-store'); // not the year an asset would be kept
      res.status(404).type('text/plain; charset=utf-8').send('Hittades inte.\n');
    });
  }

  @Controller()
  class ExploreController {
    /** Whoever may introspect may download the same schema as a file: the same sign-in as /graphql. */
    @Get('schema.graphql')
    async schemaFile(@Req() req: Request, @Res() res: Response) {
      try {
        await identify(req);
      } catch (error) {
        throw fail(401, 'UNAUTHENTICATED', error instanceof Error ? error.message : 'not signed in');
      }
      if (!schema.sdl) throw fail(503, 'SERVICE_UNAVAILABLE', 'the schema has not been loaded yet');
      res.type('text/plain; charset=utf-8').setHeader('content-disposition', 'inline; filename="schema.graphql"');
      res.send(schema.sdl);
    }

    @Get('graphiql')
    graphiql(@Res() res: Response) {
      sendGraphiql(res, 'index.html', 'no-cache');
    }

    @Get('graphiql/*path')
    graphiqlFile(@Param('path') file: string | string[], @Res() res: Response) {
      const name = Array.isArray(file) ? file.join('/') : file;
      // Vite names every asset by its content hash, so a file never changes under its name.
      const immutable = name.startsWith('assets/');
      sendGraphiql(
        res,
        immutable ? name : 'index.html',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
  }
  return ExploreController;
}
