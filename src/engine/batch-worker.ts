/** A batch worker thread: converts the files it is sent, one at a time, and posts each result back. */
import { parentPort } from 'node:worker_threads';
import { convertFile, type FileJob } from './convert-file.js';

parentPort?.on('message', async (job: FileJob) => {
  parentPort!.postMessage(await convertFile(job));
});
