import type { MessagePort } from 'node:worker_threads';
import {
  compileProfile,
  createDeidContext,
  DEFAULT_PIXEL_RULES,
  PixelRuleSet,
  type PixelPolicyOptions,
} from '@lattice/deid';
import { secretKeyFromBytes } from '@lattice/keys';
import { InstanceProcessor } from './instance-processor';
import { LazyTesseractOcr } from './lazy-ocr';
import type { DeidWorkerData, FileResult, FromWorkerMessage, ToWorkerMessage } from './worker-protocol';

/** The processor's result, or `failed` if the command itself broke (a bug: the file is kept for a retry). */
async function processSafely(processor: InstanceProcessor, path: string): Promise<FileResult> {
  try {
    return await processor.process(path);
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    return {
      status: 'failed',
      code: 'INTERNAL_ERROR',
      reason: `unexpected ${name} in the command`,
      bytesIn: 0,
      bytesOut: 0,
    };
  }
}

/**
 * The body of one worker thread: builds the pipeline context once, then de-identifies the files it is sent,
 * one at a time in arrival order, and answers each with its result. Resolves after a `stop` message, once
 * the work in hand is done and OCR (if it ran) is closed.
 */
export async function runDeidWorker(data: DeidWorkerData, port: MessagePort): Promise<void> {
  const send = (message: FromWorkerMessage) => port.postMessage(message);
  let processor: InstanceProcessor;
  const ocr = data.ocr ? new LazyTesseractOcr() : undefined;
  try {
    const rules = data.pixelRules
      ? new PixelRuleSet(data.pixelRules.rules).followedBy(DEFAULT_PIXEL_RULES)
      : DEFAULT_PIXEL_RULES;
    const pixels: PixelPolicyOptions = { rules, ...(ocr ? { ocr: { engine: ocr } } : {}) };
    const context = createDeidContext({
      stage: data.stage,
      profile: compileProfile(data.profile),
      key: secretKeyFromBytes(data.key.bytes),
      pixels,
    });
    processor = new InstanceProcessor(context, data.outputRoot, data.quarantineRoot);
  } catch (error) {
    send({ type: 'setup-failed', message: error instanceof Error ? error.message : String(error) });
    port.close();
    return;
  }

  const queue: { id: number; path: string }[] = [];
  let working = false;
  let stopping = false;
  await new Promise<void>((finished) => {
    const finishIfIdle = () => {
      if (!stopping || working || queue.length > 0) return;
      processor.close();
      port.close();
      void (ocr?.close() ?? Promise.resolve()).finally(finished);
    };
    const work = async () => {
      working = true;
      for (let task = queue.shift(); task; task = queue.shift()) {
        send({ type: 'result', id: task.id, result: await processSafely(processor, task.path) });
      }
      working = false;
      finishIfIdle();
    };
    port.on('message', (message: ToWorkerMessage) => {
      if (message.type === 'stop') {
        stopping = true;
        finishIfIdle();
        return;
      }
      queue.push({ id: message.id, path: message.path });
      if (!working) void work();
    });
    send({ type: 'ready' });
  });
}
