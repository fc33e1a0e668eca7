/**
 * Audits assets in a pool of worker threads, one per core (decoding, detection and PDF reading are CPU work
 * that would otherwise block the pages' browser traffic). A worker that dies takes only its current asset
 * down: that asset fails with `crash` and the worker is replaced.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Target } from '../model/index.ts';
import { type AssetAudit, type AssetAuditOptions, auditAsset } from './assets.ts';

export interface AssetPool {
  audit(target: Target, options: AssetAuditOptions): Promise<AssetAudit>;
  close(): Promise<void>;
}

/** In the calling thread: for a single asset, where starting workers would cost more than it saves. */
export const inProcessPool = (): AssetPool => ({ audit: auditAsset, close: async () => {} });

export function workerPool(size = availableParallelism()): AssetPool {
  type Job = { id: number; target: Target; options: AssetAuditOptions; resolve: (a: AssetAudit) => void };
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  const workers = new Set<Worker>();
  let next = 0;
  let closed = false;
  /** Set when a worker cannot even start: every asset then fails with that reason. */
  let broken: string | undefined;
  const ready = new Set<Worker>();
  const failed = (job: Job, code: string, message: string) =>
    job.resolve({ status: 'failed', error: { code, message }, issues: [], title: job.target.id, durationMs: 0 });

  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Job;
      running.set(worker, job);
      worker.postMessage({ id: job.id, target: job.target, options: job.options });
    }
  };
  const spawn = () => {
    const worker = new Worker(new URL('./asset-worker.js', import.meta.url));
    workers.add(worker);
    worker.on('message', (message: { ready?: boolean; id?: number; audit?: AssetAudit }) => {
      if (message.ready) ready.add(worker);
      else {
        const job = running.get(worker);
        running.delete(worker);
        if (job && message.audit) job.resolve(message.audit);
      }
      idle.push(worker);
      dispatch();
    });
    const fail = (why: string) => {
      workers.delete(worker);
      const i = idle.indexOf(worker);
      if (i >= 0) idle.splice(i, 1);
      const job = running.get(worker);
      running.delete(worker);
      if (job) failed(job, 'crash', `${job.target.id}: the audit stopped (${why})`);
      if (!ready.has(worker)) {
        broken = `the asset worker could not start: ${why}`;
        for (const waiting of queue.splice(0)) failed(waiting, 'worker', `${waiting.target.id}: ${broken}`);
        return;
      }
      if (!closed && (queue.length || running.size)) spawn();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (workers.has(worker)) fail(`worker exited with code ${code}`);
    });
  };
  for (let i = 0; i < Math.max(1, size); i++) spawn();

  return {
    audit(target, options) {
      return new Promise((resolve) => {
        const job = { id: next++, target, options, resolve };
        if (broken) return failed(job, 'worker', `${target.id}: ${broken}`);
        queue.push(job);
        dispatch();
      });
    },
    async close() {
      closed = true;
      const all = [...workers];
      workers.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
