import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import { constants, responses, Scp, type association, type Dataset, type requests } from 'dcmjs-dimse';
import { runWithContext, type JsonLogger } from '@lattice/server-kit';
import type { IngestOptions, IngestResult } from '../ingest/ingest-result';
import { answerContext, decideAssociation, type AssociationPolicy } from './association-policy';
import { cStoreAnswer, CStoreStatus, type CStoreAnswer } from './c-store-status';
import { part10File } from './file-meta';
import { PduAssembler } from './pdu-assembler';
import { responsePdu } from './response-pdu';
import { ReceivedDataset, ReceivedDatasetStream } from './received-dataset';

const { PresentationContextResult, RejectReason, RejectResult, RejectSource, Status } = constants;

/** What every association of the listener shares: who may associate, and where objects go. */
export interface ListenerHooks {
  readonly policy: AssociationPolicy;
  /** Maximum P-DATA-TF length the node announces (and holds peers to). */
  readonly maxPduLength: number;
  readonly ingest: (bytes: Buffer, options: IngestOptions) => Promise<IngestResult>;
  readonly logger: JsonLogger;
}

type ScpOptions = NonNullable<ConstructorParameters<typeof Scp>[1]>;

/** The parts of dcmjs-dimse's Network (0.3.3) the listener drives directly; its typings leave them out. */
interface NetworkInternals {
  connectedTime: number | undefined;
  lastPduTime: number | undefined;
  readonly statistics: { addBytesReceived(bytes: number): void; addBytesSent(bytes: number): void };
  _processPdu(pdu: Buffer): Promise<void>;
  _sendPDataTF(command: DimseCommand, presentationContextId: number, maxPduLength: number): void;
}

interface DimseCommand {
  getCommandDataset(): { getElements(): Record<string, unknown> };
  getDataset(): unknown;
}

/**
 * One association of the node's DIMSE listener: accepts C-ECHO and C-STORE from allowed AEs, receives
 * each data set as raw chunks (no dcmjs parse per image), hands it to the ingest path with a file meta
 * group built from the command, and answers with the status of the contract. Nothing an association
 * sends (a bad object, garbage, an abort) can take the listener down: every handler catches.
 */
export class IngestScp extends Scp {
  private readonly hooks: ListenerHooks;
  private readonly correlationId = randomUUID();
  private callingAeTitle = '';
  /** PDUs are processed one after the other, in arrival order. */
  private processing: Promise<void> = Promise.resolve();

  constructor(socket: Socket, options?: ScpOptions) {
    super(socket, options);
    const hooks = options?.customOptions?.['hooks'] as ListenerHooks | undefined;
    if (!hooks) throw new Error('IngestScp needs its hooks in customOptions');
    this.hooks = hooks;
    // Answers are one small PDU each: send them at once, not when the peer's delayed ACK arrives.
    socket.setNoDelay(true);
    // dcmjs-dimse sets this only for sockets it connects itself; without it the association timeout
    // (a peer that connects and says nothing) never fires on accepted sockets.
    (this as unknown as NetworkInternals).connectedTime = Date.now();
    this.assemblePdus(socket, hooks.maxPduLength);
    this.encodeResponses(socket);
  }

  /**
   * Responses (C-ECHO-RSP, C-STORE-RSP) are a handful of command elements: encoded here straight into
   * one P-DATA-TF PDU rather than through dcmjs's generic data set writer, which costs about as much
   * per image as parsing its header. Anything else still goes through dcmjs-dimse.
   */
  private encodeResponses(socket: Socket): void {
    const network = this as unknown as NetworkInternals;
    const generic = network._sendPDataTF.bind(this);
    network._sendPDataTF = (command, presentationContextId, maxPduLength) => {
      const pdu = command.getDataset()
        ? null
        : responsePdu(command.getCommandDataset().getElements(), presentationContextId);
      if (!pdu) return generic(command, presentationContextId, maxPduLength);
      socket.write(pdu);
      network.statistics.addBytesSent(pdu.length);
    };
  }

  /**
   * Replaces dcmjs-dimse's PDU accumulator, which joins buffers again for every chunk of a large PDU,
   * with PduAssembler (views where a PDU lies in one chunk, one exact-size join otherwise), and cuts
   * off peers whose PDUs are oversized or of unknown type before anything is buffered for them.
   */
  private assemblePdus(socket: Socket, maxPduLength: number): void {
    const network = this as unknown as NetworkInternals;
    for (const listener of socket.listeners('data'))
      socket.removeListener('data', listener as (chunk: Buffer) => void);
    const assembler = new PduAssembler(maxPduLength);
    socket.on('data', (chunk: Buffer) => {
      network.statistics.addBytesReceived(chunk.length);
      const { fault, pdus } = assembler.push(chunk);
      for (const pdu of pdus) {
        this.processing = this.processing.then(() => {
          network.lastPduTime = Date.now();
          return network._processPdu(pdu);
        });
      }
      if (fault) {
        this.log('warn', 'dimse.peer_cut_off', { reason: fault });
        socket.destroy();
      }
    });
  }

  override associationRequested(association: association.Association): void {
    this.guarded('association', () => {
      const decision = decideAssociation(
        { calledAeTitle: association.getCalledAeTitle(), callingAeTitle: association.getCallingAeTitle() },
        this.hooks.policy,
      );
      if (!decision.accept) {
        this.log('info', 'dimse.association_rejected', { reason: decision.unrecognized });
        this.sendAssociationReject(
          RejectResult.Permanent,
          RejectSource.ServiceUser,
          decision.unrecognized === 'calling-ae-title'
            ? RejectReason.CallingAeNotRecognized
            : RejectReason.CalledAeNotRecognized,
        );
        return;
      }
      this.callingAeTitle = association.getCallingAeTitle().trim();
      association.setMaxPduLength(this.hooks.maxPduLength);
      for (const { context } of association.getPresentationContexts()) {
        const answer = answerContext({
          abstractSyntaxUid: context.getAbstractSyntaxUid(),
          transferSyntaxUids: context.getTransferSyntaxUids(),
        });
        switch (answer.result) {
          case 'accept':
            context.setResult(PresentationContextResult.Accept, answer.transferSyntaxUid);
            break;
          case 'abstract-syntax-not-supported':
            context.setResult(PresentationContextResult.RejectAbstractSyntaxNotSupported);
            break;
          case 'transfer-syntaxes-not-supported':
            context.setResult(PresentationContextResult.RejectTransferSyntaxesNotSupported);
            break;
        }
      }
      this.log('debug', 'dimse.association_accepted', { callingAeTitle: this.callingAeTitle });
      this.sendAssociationAccept();
    });
  }

  override associationReleaseRequested(): void {
    this.guarded('release', () => this.sendAssociationReleaseResponse());
  }

  override abort(): void {
    this.log('debug', 'dimse.association_aborted');
  }

  override cEchoRequest(
    request: requests.CEchoRequest,
    callback: (response: responses.CEchoResponse) => void,
  ): void {
    this.guarded('c-echo', () => {
      const response = responses.CEchoResponse.fromRequest(request);
      response.setStatus(Status.Success);
      callback(response);
    });
  }

  override createStoreWritableStream(
    context: association.PresentationContext,
    _request: requests.CStoreRequest,
  ): Writable {
    return new ReceivedDatasetStream(context.getResult() === PresentationContextResult.Accept);
  }

  override createDatasetFromStoreWritableStream(
    writable: Writable,
    context: association.PresentationContext,
    callback: (dataset: Dataset) => void,
  ): void {
    const stream = writable as ReceivedDatasetStream;
    callback(
      new ReceivedDataset(
        stream.chunks,
        stream.byteLength,
        context.getAcceptedTransferSyntaxUid() ?? '',
        stream.contextAccepted,
      ),
    );
  }

  override cStoreRequest(
    request: requests.CStoreRequest,
    callback: (response: responses.CStoreResponse) => void,
  ): void {
    void runWithContext({ correlationId: this.correlationId }, () => this.store(request)).then((answer) => {
      this.guarded('c-store response', () => {
        const response = responses.CStoreResponse.fromRequest(request);
        response.setStatus(answer.status);
        if (answer.errorComment !== undefined) response.setErrorComment(answer.errorComment);
        callback(response);
      });
    });
  }

  private async store(request: requests.CStoreRequest): Promise<CStoreAnswer> {
    try {
      const dataset = request.getDataset();
      if (!(dataset instanceof ReceivedDataset) || dataset.byteLength === 0) {
        return { status: CStoreStatus.CannotUnderstand, errorComment: 'EMPTY' };
      }
      if (!dataset.contextAccepted) {
        return { status: CStoreStatus.CannotUnderstand, errorComment: 'PRESENTATION_CONTEXT_NOT_ACCEPTED' };
      }
      const sopClassUid = request.getAffectedSopClassUid() ?? '';
      const bytes = part10File(
        {
          sopClassUid,
          sopInstanceUid: request.getAffectedSopInstanceUid() ?? '',
          transferSyntaxUid: dataset.getTransferSyntaxUid(),
          sourceAeTitle: this.callingAeTitle,
        },
        dataset.chunks,
      );
      const result = await this.hooks.ingest(bytes, {
        via: 'dimse',
        callingAeTitle: this.callingAeTitle,
        expectedSopClassUid: sopClassUid,
      });
      return cStoreAnswer(result);
    } catch (error) {
      this.log('error', 'dimse.c_store_failed', {
        error: error instanceof Error ? error.name : typeof error,
      });
      return { status: CStoreStatus.ProcessingFailure, errorComment: 'INTERNAL_ERROR' };
    }
  }

  /** Runs a handler so that nothing it throws escapes into the event emitter (which would end the process). */
  private guarded(what: string, handler: () => void): void {
    try {
      runWithContext({ correlationId: this.correlationId }, handler);
    } catch (error) {
      this.log('error', 'dimse.handler_failed', {
        handler: what,
        error: error instanceof Error ? error.name : typeof error,
      });
    }
  }

  private log(
    level: 'debug' | 'info' | 'warn' | 'error',
    event: string,
    fields: Record<string, unknown> = {},
  ): void {
    runWithContext({ correlationId: this.correlationId }, () =>
      this.hooks.logger.event(level, event, fields),
    );
  }
}
