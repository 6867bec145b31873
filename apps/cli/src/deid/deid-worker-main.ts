// Entry of the worker bundle `deid-worker.js`, built beside the CLI's main.js: the threads of `lattice deid`
// start here when it exists, so they load the de-identification engine without the rest of the CLI.
import { parentPort, workerData } from 'node:worker_threads';
import { runDeidWorker } from './deid-worker';
import { isDeidWorkerData } from './worker-protocol';

if (parentPort && isDeidWorkerData(workerData)) void runDeidWorker(workerData, parentPort);
