import { createReadStream } from 'node:fs';
import { Controller, Get, Header, Inject, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { NotFoundError } from '@hms/sdk';
import {
  docsAssetContentType,
  docsInitScript,
  docsPageHtml,
  DOCS_INIT_FILE,
  swaggerAssetPath,
} from '../http/docs-page';
import type { OpenApiDocument } from '../http/openapi';
import { Kernel } from '../kernel/kernel';
import { API_OPTIONS, type ApiOptions } from './api-options';
import { apiDocument } from './api-routes-document';

/**
 * The API's description and its docs page. Public like the code it describes: it names routes and permissions,
 * never data. Swagger UI is served from the installed package because hospital networks are often closed.
 */
@Controller()
export class ApiDocsController {
  private document: OpenApiDocument | undefined;

  constructor(
    private readonly kernel: Kernel,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
  ) {}

  @Get('openapi.json')
  openApi(): OpenApiDocument {
    // The enabled plugins are fixed for the life of the process, so the document is built once.
    this.document ??= apiDocument(this.kernel.registry, this.options.version);
    return this.document;
  }

  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return docsPageHtml('/api/openapi.json', '/api/docs/assets');
  }

  @Get('docs/assets/:file')
  asset(@Param('file') file: string, @Res() reply: FastifyReply): FastifyReply {
    const type = docsAssetContentType(file);
    if (!type) throw new NotFoundError('ASSET_NOT_FOUND', { file });
    void reply.header('content-type', type).header('cache-control', 'public, max-age=86400');
    if (file === DOCS_INIT_FILE) return reply.send(docsInitScript());
    const path = swaggerAssetPath(file);
    if (!path) throw new NotFoundError('ASSET_NOT_FOUND', { file });
    return reply.send(createReadStream(path));
  }
}
