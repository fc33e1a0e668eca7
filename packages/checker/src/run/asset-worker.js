// A worker thread of the asset pool: loads the TypeScript sources through tsx, then audits the assets it is
// sent, one at a time. Messages in: { id, target, options }; out: { id, audit }.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { auditAsset } = await import('./assets.ts');
const { default: sharp } = await import('sharp');
// One libvips thread a worker: the pool already uses every core.
sharp.concurrency(1);
parentPort.on('message', async ({ id, target, options }) => {
  parentPort.postMessage({ id, audit: await auditAsset(target, options) });
});
parentPort.postMessage({ ready: true });
