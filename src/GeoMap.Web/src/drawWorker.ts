// The draw worker: holds static vector datasets (movements sent by the page, basemap shapes files it fetches
// itself) and draws them into images on request, off the page's main thread. While it draws, the map keeps panning and
// zooming the previous image. Drawing goes in steps of a few milliseconds with rests between them: between steps, a
// newer request for the same channel replaces the one being drawn (one image answers both), and a pause (the view is
// moving) holds the drawing, so that the page's frames get the CPU (the benchmark machine has two cores).
import { drawSteps, readShapes, store, type Frame, type Paint, type StoredBatch } from './drawing';
import type { WorkerReply, WorkerRequest } from './drawProtocol';

interface WorkerScope {
  readonly name: string;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Datasets by name: batches ready to draw, or a file to fetch on first use. */
const datasets = new Map<string, StoredBatch[]>();
const files = new Map<string, { url: string; paint: Paint; loading?: Promise<StoredBatch[]> }>();

interface Pending {
  ids: number[];
  names: string[];
  frame: Frame;
  width: number;
  height: number;
}
const pending = new Map<string, Pending>();
let scheduled = false;
let running = false;
/**
 * The canvases images are drawn on, in turn, each made ready (sized, its bitmap made) before it is needed.
 * @remarks A canvas's first drawing call after it is sized, or after its bitmap was handed to the page
 * (transferToImageBitmap), makes a new bitmap, and that waited 50-240 ms in cold loads (a synchronous wait on the
 * worker's thread while the page's main thread evaluated the client or drew its first frames: bench/client, the
 * worker's own times and a trace, 2026-12-05). One canvas per channel made every image wait so, the first view's
 * basemap and flows each once. Now both canvases are made at the first image's size as the worker starts, and a
 * canvas that handed its bitmap over is made ready again once the worker has had nothing to draw for a while.
 */
const canvases = [new OffscreenCanvas(256, 256), new OffscreenCanvas(256, 256)];
let nextCanvas = 0;
/** Canvases whose bitmap was handed to the page: their next drawing call would make a new one. */
const spent = new Set<OffscreenCanvas>();
let readyTimer: ReturnType<typeof setTimeout> | undefined;
/**
 * How long (ms) the worker must have had nothing to draw before it makes spent canvases ready: the next request of a
 * first load (the flows, 20-120 ms after the basemap) must not find the worker waiting on a bitmap.
 */
const readyAfterMs = 250;

/** Makes the spent canvases ready while the worker has nothing to draw. */
function readySpent(): void {
  if (pending.size || running) return;
  for (const c of spent) ready(c, c.width, c.height);
  spent.clear();
}

/**
 * Sizes a canvas and has its bitmap made (its first drawing call: clearing a pixel, or the whole canvas when it is to
 * be drawn on); its context.
 */
function ready(canvas: OffscreenCanvas, width: number, height: number, whole = false): OffscreenCanvasRenderingContext2D {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.clearRect(0, 0, whole ? width : 1, whole ? height : 1);
  spent.delete(canvas);
  return ctx;
}
let paused = false;
let resumed: (() => void) | null = null;

// How long one drawing step may run before the worker looks at its messages again, and how long it then rests (ms).
// Resting as long as it draws leaves a core to the page's frames on a two-core machine: with it, bench/client
// --diagnose counted 3-9 % of frames late while the worker drew instead of 12-14 %, for ~15 % more time to the image.
// It rests only for a while after the user moved the view (restAfterUserMs), when more moves may follow: otherwise,
// as for the first view, nothing is moving and the image is what the page waits for (resting, the worker took 330 ms
// of wall time for 24 ms of drawing the first view's flows, bench/client --diagnose-load, 2026-12-04).
const stepMs = 8;
const restMs = 8;
const restAfterUserMs = 3000;
let userMovedAt = -Infinity;

scope.onmessage = (e) => handle(e.data);

function handle(m: WorkerRequest): void {
  switch (m.type) {
    case 'data':
      datasets.set(m.name, m.batches.map(store));
      break;
    case 'file':
      // Registered again (the first chunk registers the basemap's files, the basemap layer too): kept with its loading.
      if (files.get(m.name)?.url !== m.url) files.set(m.name, { url: m.url, paint: m.paint });
      break;
    case 'prefetch':
      // A failed fetch is tried again by the render that needs the file (batchesOf forgets it).
      for (const name of m.names) void Promise.resolve(batchesOf(name)).catch(() => undefined);
      break;
    case 'render': {
      const before = pending.get(m.channel);
      pending.set(m.channel, { ids: [...(before?.ids ?? []), m.id], names: m.names, frame: m.frame, width: m.width, height: m.height });
      schedule();
      break;
    }
    case 'pause':
      paused = true;
      break;
    case 'resume':
      paused = false;
      if (m.user) userMovedAt = performance.now();
      resumed?.();
      resumed = null;
      break;
  }
}

// The requests the page gave the worker to start with, in its name (drawClient.ts says why).
try {
  for (const request of JSON.parse(scope.name || '[]') as WorkerRequest[]) handle(request);
} catch {
  // Not a list of requests (a name given by someone else): nothing to start with; the page's messages follow.
}

// The canvases made ready now, at the size of the first image asked for (the first view's basemap, when the page gave
// it), after the first files were asked for (their fetches go on meanwhile): the worker's first drawing call waits for
// two tasks it posts to the page's main thread (Chromium sets up the canvas's resources from there), 280-500 ms in
// traces of the first load while that thread evaluated the client and drew its first frames. Then the page is told
// (boot.ts waits for it before loading the rest of the client). Making the second canvas after telling the page held
// the first image 200 ms (bench/client, 2026-12-05).
{
  const first = pending.values().next().value;
  for (const c of canvases) ready(c, first?.width ?? 256, first?.height ?? 256);
}
scope.postMessage({ type: 'warm' });

// A zero-delay yield to the message queue (nested setTimeout(0) is clamped to 4 ms).
const yieldChannel = new MessageChannel();
const yielded: (() => void)[] = [];
yieldChannel.port1.onmessage = () => yielded.shift()?.();

/** Lets queued messages in, then waits while paused. */
async function breathe(): Promise<void> {
  await new Promise<void>((r) => { yielded.push(r); yieldChannel.port2.postMessage(null); });
  while (paused) await new Promise<void>((r) => { resumed = r; });
}

// Draw after the message queue has been read, so requests that queued up while drawing collapse into one.
function schedule(): void {
  if (scheduled || running) return;
  scheduled = true;
  setTimeout(() => void drawNext(), 0);
}

async function drawNext(): Promise<void> {
  scheduled = false;
  running = true;
  try {
    if (paused) await breathe();
    const next = pending.entries().next();
    if (!next.done) await draw(...next.value);
  } finally {
    running = false;
  }
  if (pending.size) schedule();
}

async function draw(channel: string, job: Pending): Promise<void> {
  pending.delete(channel);
  const began = performance.timeOrigin + performance.now();
  try {
    const batches = (await Promise.all(job.names.map(batchesOf))).flat();
    const canvas = canvases[nextCanvas]!;
    nextCanvas = (nextCanvas + 1) % canvases.length;
    const ctx = ready(canvas, job.width, job.height, true);
    let stepStart = performance.now();
    let superseded = false;
    for (const _ of drawSteps(ctx, batches, job.frame)) {
      if (performance.now() - stepStart < stepMs) continue;
      await breathe();
      if (performance.now() - userMovedAt < restAfterUserMs) await new Promise((r) => setTimeout(r, restMs));
      const newer = pending.get(channel);
      if (newer) {
        // Answer the ids of this job with the newer one's image.
        newer.ids.unshift(...job.ids);
        superseded = true;
        break;
      }
      stepStart = performance.now();
    }
    if (!superseded) {
      const bitmap = canvas.transferToImageBitmap();
      scope.postMessage({ type: 'image', channel, ids: job.ids, bitmap, frame: job.frame, began, posted: performance.timeOrigin + performance.now() }, [bitmap]);
      spent.add(canvas);
      clearTimeout(readyTimer);
      readyTimer = setTimeout(readySpent, readyAfterMs);
    }
  } catch (error) {
    scope.postMessage({ type: 'error', channel, ids: job.ids, message: (error as Error).message });
  }
}

function batchesOf(name: string): StoredBatch[] | Promise<StoredBatch[]> {
  const data = datasets.get(name);
  if (data) return data;
  const file = files.get(name);
  if (!file) return [];
  file.loading ??= fetch(file.url)
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${file.url}: ${r.status} ${r.statusText}`))))
    .then((bytes) => {
      let batch;
      try {
        batch = readShapes(bytes, file.paint);
      } catch (error) {
        throw new Error(`${file.url}: ${(error as Error).message}`);
      }
      const stored = batch ? [store(batch)] : [];
      datasets.set(name, stored);
      return stored;
    })
    .catch((error: unknown) => {
      // The next image that needs the file tries again.
      file.loading = undefined;
      throw error;
    });
  return file.loading;
}
