// The page's side of the draw worker: datasets are sent (or registered as files) once, and image layers ask for an
// image of their datasets whenever the view settles somewhere their last image does not cover. OpenLayers keeps
// showing, moved and scaled, the previous image until the new one arrives, so a redraw of 10,000 movements never
// blocks a frame.
// No OpenLayers code here (types only): the client's first chunk (boot.ts) starts the worker before OpenLayers has
// arrived; the image layers over it are in workerImage.ts.
import type { ImageObject } from 'ol/Image';
import type { Extent } from 'ol/extent';
import type { Batch, Frame } from './drawing';
import type { WorkerReply, WorkerRequest } from './drawProtocol';

interface Waiting {
  resolve(image: ImageObject): void;
  reject(error: Error): void;
}

/**
 * How long (ms) the view rests after a drag or wheel step before the worker draws again. The benchmark's wheel steps
 * come 450 ms apart, each animating for 250 ms: the worker drew between them, and a third of the frames drawn
 * meanwhile were late (bench/client --diagnose, 2026-12-04).
 */
const settleMs = 200;

/**
 * Marks a step of the first load (`geomap:` and the step) in the page's performance timeline, now or `at` (ms since the
 * epoch), until the map is first drawn (body's data-ready): bench/client prints them per load, to show what the first
 * render waited for.
 */
export function firstLoadMark(step: string, at?: number): void {
  if (document.body.dataset.ready !== 'true') performance.mark(`geomap:${step}`, at === undefined ? undefined : { startTime: at - performance.timeOrigin });
}

/** One worker for the page, shared by every worker-drawn layer. */
export class DrawWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private resumeTimer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;
  private warmed = false;
  private markWarm: () => void = () => undefined;
  /** Resolved once the worker has started and set up its canvases (or has failed to start: it will not). */
  readonly warm: Promise<void> = new Promise<void>((resolve) => { this.markWarm = resolve; });
  private failure: string | null = null;
  /** Images asked for ahead of their layers ({@link Ahead}) by channel, each until its layer's first request. */
  private readonly ahead = new Map<string, { names: string; frame: Extent; resolution: number; pixelRatio: number; image: Promise<ImageObject> }>();
  private reportFailure: (message: string) => void = () => undefined;
  /** Resolved, with what went wrong, if the worker fails to start: nothing is drawn by it then. */
  readonly failed: Promise<string> = new Promise<string>((resolve) => { this.reportFailure = resolve; });

  /**
   * @param startup Requests the worker handles as it starts, before any message (the first view's basemap files).
   * @param ahead An image asked for before the layer that shows it exists ({@link Ahead}), sent with `startup`.
   * @remarks They travel in the worker's name, not as messages: Chromium hands a new worker the messages posted to it
   * before it ran only from a task of the page's main thread, which was then evaluating the client's main chunk and
   * drawing its first frames; the worker, idle since its start, began fetching the basemap 340 ms after it could have
   * (bench/client --diagnose-load trace, 2026-12-04: started at 629 ms from navigation, first message at 970).
   */
  constructor(startup: WorkerRequest[] = [], ahead?: Ahead) {
    const first = ahead ? [this.askAhead(ahead)] : [];
    this.worker = new Worker(new URL('./drawWorker.ts', import.meta.url), { type: 'module', name: JSON.stringify([...startup, ...first]) });
    this.worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.type === 'warm') {
        firstLoadMark('worker warm');
        this.warmed = true;
        this.markWarm();
        return;
      }
      firstLoadMark(`image ${m.channel}`);
      if (m.type === 'image') {
        // When the worker drew it: an image posted long before it was read waited for the main thread.
        firstLoadMark(`worker began ${m.channel}`, m.began);
        firstLoadMark(`worker posted ${m.channel}`, m.posted);
      }
      const image: ImageObject | null = m.type === 'image'
        ? { image: m.bitmap, extent: m.frame.extent, resolution: m.frame.resolution, pixelRatio: m.frame.pixelRatio }
        : null;
      for (const id of m.ids) {
        const w = this.waiting.get(id);
        this.waiting.delete(id);
        if (!w) continue;
        if (image) w.resolve(image);
        else w.reject(new Error(m.type === 'error' ? m.message : 'draw failed'));
      }
    };
    // Before its warm reply, an error is the worker's start failing (its script not loaded, or throwing as it ran):
    // the images asked for would otherwise wait forever. Later ones are a drawing's, answered as an error reply.
    this.worker.onerror = (e) => {
      if (this.warmed) return;
      this.fail(e instanceof ErrorEvent && e.message ? e.message : 'its script could not be loaded');
    };
  }

  private fail(message: string): void {
    if (this.failure !== null) return;
    this.failure = message;
    this.markWarm();
    for (const w of this.waiting.values()) w.reject(new Error(message));
    this.waiting.clear();
    this.reportFailure(message);
  }

  /** Replaces a dataset; its arrays are transferred to the worker (the batches are unusable here afterwards). */
  setData(name: string, batches: Batch[]): void {
    this.post({ type: 'data', name, batches }, batches.flatMap((b) => [b.coords.buffer, b.ends.buffer, b.paintOf.buffer]));
  }

  /**
   * Holds drawing while the view moves (the page's frames need the CPU more), or lets it go on: at once, or when the
   * view has rested {@link settleMs} after a move of the user's (`settle`), since the next wheel step or drag often
   * follows within that time and would replace what the worker drew.
   */
  pause(paused: boolean, settle = false): void {
    clearTimeout(this.resumeTimer);
    this.resumeTimer = undefined;
    if (paused) this.post({ type: 'pause' });
    else if (!settle) this.post({ type: 'resume', user: false });
    else this.resumeTimer = setTimeout(() => this.post({ type: 'resume', user: true }), settleMs);
  }

  /** Sends requests that carry no data to transfer (registering files, prefetching them: drawProtocol.ts). */
  send(requests: WorkerRequest[]): void {
    for (const request of requests) this.post(request);
  }

  /**
   * Asks for an image before the layer that shows it exists; the request, to be sent with the worker's start.
   * @remarks Posted as a message instead, it reached the worker from a task of the page's main thread, then evaluating
   * the main chunk: the worker began drawing 230-330 ms after it could have in two cold loads of three (bench/client,
   * the worker's own times, 2026-12-05).
   */
  private askAhead({ channel, names, extent, resolution, pixelRatio }: Ahead): WorkerRequest {
    const padded = paddedImage(extent, resolution, imageRatio);
    const { request, image } = this.request(channel, names, padded, resolution, pixelRatio);
    // Whoever takes it handles its failure; an image nobody takes fails unheard.
    image.catch(() => undefined);
    this.ahead.set(channel, { names: names.join('\n'), frame: padded.padded, resolution, pixelRatio, image });
    firstLoadMark(`${channel} asked ahead`);
    return request;
  }

  /** Asks now for an image before the layer that shows it exists ({@link Ahead}; flowTiles.ts: the first view's flows). */
  drawAhead(ahead: Ahead): void {
    if (this.failure === null) this.post(this.askAhead(ahead));
  }

  /**
   * Forgets the images asked for ahead that no layer has taken (main.ts: once the map is first drawn, as when a basemap
   * package replaced the built-in basemap before its first frame), closing their bitmaps once they arrive.
   */
  forgetAhead(): void {
    for (const ahead of this.ahead.values()) {
      // Untaken, it is no one else's: a later request on its channel would have taken or replaced it.
      void ahead.image.then((taken) => (taken.image as ImageBitmap).close(), () => undefined);
    }
    this.ahead.clear();
  }

  /** An image of the datasets over the extent (EPSG:3857) at the resolution, padded by ratio as OpenLayers' image sources are. */
  render(channel: string, names: string[], extent: Extent, resolution: number, pixelRatio: number, ratio: number): Promise<ImageObject> {
    const image = paddedImage(extent, resolution, ratio);
    const ahead = this.ahead.get(channel);
    if (ahead) {
      this.ahead.delete(channel);
      if (ahead.names === names.join('\n') && ahead.pixelRatio === pixelRatio && covers(ahead.frame, ahead.resolution, image.padded, resolution)) {
        firstLoadMark(`${channel} drawn ahead`);
        return ahead.image;
      }
      // Not closed: the worker may answer this request with the same image (a newer request replaces one being drawn).
    }
    if (this.failure !== null) return Promise.reject(new Error(this.failure));
    const { request, image: drawn } = this.request(channel, names, image, resolution, pixelRatio);
    this.post(request);
    return drawn;
  }

  /**
   * The worker's request to draw the datasets over a padded image ({@link paddedImage}) at the resolution and pixel
   * ratio, and the image that answers it.
   */
  private request(channel: string, names: string[], { padded, widthPx, heightPx }: PaddedImage, resolution: number, pixelRatio: number): { request: WorkerRequest; image: Promise<ImageObject> } {
    const frame: Frame = { extent: padded, resolution, pixelRatio };
    const id = this.nextId++;
    const image = new Promise<ImageObject>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    return { request: { type: 'render', channel, id, names, frame, width: Math.round(widthPx * pixelRatio), height: Math.round(heightPx * pixelRatio) }, image };
  }

  private post(message: WorkerRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}

/**
 * An image asked for before the layer that shows it exists (the first view's basemap and flows, drawn while the rest of
 * the client loads: boot.ts, flowTiles.ts): the datasets on a channel over a view's extent (EPSG:3857) at a resolution
 * and pixel ratio, padded as the layer's images are. The layer's first request on the channel gets it if that request
 * is of the same datasets, resolution and pixel ratio and the image covers it on the view's pixel grid; otherwise (the
 * view is another, or the image would sit between pixels and be blurred) it is drawn anew, as every later request is.
 */
export interface Ahead {
  channel: string;
  names: string[];
  extent: Extent;
  resolution: number;
  pixelRatio: number;
}

/** How much larger than the view (in width and in height) the worker's images are, as OpenLayers' image sources pad theirs. */
export const imageRatio = 1.5;

/**
 * Whether an image (its extent and resolution) can stand for another at a resolution: the same resolution (within
 * rounding), the other's extent inside it, and its corners on the other's pixel grid (whole pixels apart).
 */
function covers(frame: Extent, frameResolution: number, wanted: Extent, resolution: number): boolean {
  if (Math.abs(frameResolution - resolution) > resolution * 1e-9) return false;
  // A thousandth of a pixel: the extents are sums of pixel multiples of the resolution, exact but for rounding.
  const onGrid = (d: number) => Math.abs(d / resolution - Math.round(d / resolution)) < 1e-3;
  return frame[0]! <= wanted[0]! + resolution * 1e-3 && frame[1]! <= wanted[1]! + resolution * 1e-3
    && frame[2]! >= wanted[2]! - resolution * 1e-3 && frame[3]! >= wanted[3]! - resolution * 1e-3
    && onGrid(wanted[0]! - frame[0]!) && onGrid(frame[3]! - wanted[3]!);
}

/** An image's extent (EPSG:3857) and its size in CSS pixels. */
export interface PaddedImage {
  padded: [number, number, number, number];
  widthPx: number;
  heightPx: number;
}

/**
 * The image the worker draws for a view's extent: the extent padded by `ratio` as OpenLayers' image sources pad theirs
 * (whole CSS pixels each side), and its size in CSS pixels.
 */
export function paddedImage(extent: Extent, resolution: number, ratio: number): PaddedImage {
  const widthPx = Math.round((extent[2]! - extent[0]!) / resolution);
  const heightPx = Math.round((extent[3]! - extent[1]!) / resolution);
  const padX = Math.round((widthPx * (ratio - 1)) / 2);
  const padY = Math.round((heightPx * (ratio - 1)) / 2);
  return {
    padded: [extent[0]! - padX * resolution, extent[1]! - padY * resolution, extent[2]! + padX * resolution, extent[3]! + padY * resolution],
    widthPx: widthPx + 2 * padX,
    heightPx: heightPx + 2 * padY,
  };
}
