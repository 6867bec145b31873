import {
  BadRequestException,
  Controller,
  HttpException,
  Inject,
  NotAcceptableException,
  Param,
  Post,
  Req,
  Res,
  UnsupportedMediaTypeException,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '@lattice/auth';
import { IngestService } from '../ingest/ingest.service';
import type { IngestOptions, IngestResult } from '../ingest/ingest-result';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { OperatorOfThisNodeGuard } from '../status/operator-of-this-node.guard';
import { isValidBoundary, parseMediaType } from './media-type';
import { MultipartError, MultipartRelatedReader, type MultipartPart } from './multipart-related';
import { stowResponse, stowStatus, type StowItem } from './stow-response';

/** Header by which `lattice import` marks its uploads, so activity shows them as imports. */
export const SOURCE_HEADER = 'x-lattice-source';

const DICOM = 'application/dicom';
const UID_PATTERN = /^[0-9]+(\.[0-9]+)*$/;
const ACCEPTABLE = new Set(['application/dicom+json', 'application/json', 'application/*', '*/*']);

/**
 * STOW-RS (PS3.18 §10.5) for this node's operators: multipart/related bodies of application/dicom
 * parts, read as a stream and ingested part by part (memory bounded by one part, never the request).
 */
@ApiTags('dicomweb')
@ApiBearerAuth()
@Controller('dicomweb/studies')
export class StowController {
  constructor(
    private readonly ingest: IngestService,
    @Inject(NODE_CONFIG) private readonly config: NodeConfig,
  ) {}

  @Post()
  @Roles('node-operator')
  @UseGuards(OperatorOfThisNodeGuard)
  @ApiOperation({
    summary: 'Store instances (STOW-RS); each part goes through consent and stage-1 de-identification.',
  })
  @ApiConsumes('multipart/related')
  @ApiProduces('application/dicom+json')
  async storeInstances(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.store(request, response, undefined);
  }

  @Post(':study')
  @Roles('node-operator')
  @UseGuards(OperatorOfThisNodeGuard)
  @ApiOperation({ summary: 'Store instances of one study (STOW-RS); instances of other studies fail.' })
  @ApiConsumes('multipart/related')
  @ApiProduces('application/dicom+json')
  async storeStudyInstances(
    @Param('study') study: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (study.length > 64 || !UID_PATTERN.test(study)) {
      throw new BadRequestException({
        code: 'INVALID_STUDY_UID',
        message: 'The study in the path is not a UID.',
      });
    }
    await this.store(request, response, study);
  }

  private async store(request: Request, response: Response, study: string | undefined): Promise<void> {
    const boundary = this.checkRequest(request);
    const options: IngestOptions = {
      via: request.headers[SOURCE_HEADER] === 'import' ? 'import' : 'stow',
      ...(study !== undefined ? { expectedStudyInstanceUid: study } : {}),
    };
    const reader = new MultipartRelatedReader(boundary);
    const items: StowItem[] = [];
    let received = 0;
    try {
      for await (const chunk of request as AsyncIterable<Buffer>) {
        received += chunk.length;
        if (received > this.config.STOW_MAX_BYTES) throw tooLarge(this.config.STOW_MAX_BYTES);
        for (const part of reader.push(chunk))
          items.push({ part: items.length + 1, result: await this.ingestPart(part, options) });
      }
      const { truncated } = reader.end();
      if (truncated) {
        items.push({
          part: items.length + 1,
          result: await this.ingest.refuse('TRUNCATED', 'the body ended inside this part', options),
        });
      }
    } catch (error) {
      if (error instanceof MultipartError)
        throw new BadRequestException({ code: error.code, message: `${error.message}.` });
      if (error instanceof HttpException) throw error;
      // The client went away mid-upload: parts completed before stay taken; nobody is left to answer.
      if (request.destroyed || (error as { code?: unknown }).code === 'ECONNRESET') return;
      throw error;
    }
    if (items.length === 0) {
      throw new BadRequestException({ code: 'NO_PARTS', message: 'The multipart body has no parts.' });
    }
    response
      .status(stowStatus(items))
      .type('application/dicom+json')
      .send(JSON.stringify(stowResponse(items)));
  }

  /** Media type, boundary, Accept and declared length checks; returns the boundary. */
  private checkRequest(request: Request): string {
    const mediaType = parseMediaType(request.headers['content-type']);
    if (!mediaType || mediaType.essence !== 'multipart/related') {
      throw new UnsupportedMediaTypeException({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Send multipart/related; type="application/dicom" with one DICOM instance per part.',
      });
    }
    const type = mediaType.parameters.get('type');
    if (type !== undefined && parseMediaType(type)?.essence !== DICOM) {
      throw new UnsupportedMediaTypeException({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Only multipart/related bodies of application/dicom parts are accepted.',
      });
    }
    const boundary = mediaType.parameters.get('boundary');
    if (!boundary || !isValidBoundary(boundary)) {
      throw new BadRequestException({
        code: 'MISSING_BOUNDARY',
        message: 'The Content-Type has no valid boundary parameter.',
      });
    }
    const accept = request.headers.accept;
    if (
      accept &&
      !accept.split(',').some((range) => ACCEPTABLE.has(range.split(';')[0]?.trim().toLowerCase() ?? ''))
    ) {
      throw new NotAcceptableException({
        code: 'NOT_ACCEPTABLE',
        message: 'The response is application/dicom+json.',
      });
    }
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.config.STOW_MAX_BYTES)
      throw tooLarge(this.config.STOW_MAX_BYTES);
    return boundary;
  }

  private ingestPart(part: MultipartPart, options: IngestOptions): Promise<IngestResult> {
    const type = part.headers.get('content-type');
    if (type !== undefined && parseMediaType(type)?.essence !== DICOM) {
      return this.ingest.refuse('UNSUPPORTED_MEDIA_TYPE', 'the part is not application/dicom', options);
    }
    const bytes =
      part.chunks.length === 1
        ? (part.chunks[0] as Buffer)
        : Buffer.concat(part.chunks as Buffer[], part.byteLength);
    return this.ingest.ingest(bytes, options);
  }
}

function tooLarge(limit: number): HttpException {
  return new HttpException(
    {
      code: 'PAYLOAD_TOO_LARGE',
      message: `The request body is larger than STOW_MAX_BYTES (${limit} bytes).`,
    },
    413,
  );
}
