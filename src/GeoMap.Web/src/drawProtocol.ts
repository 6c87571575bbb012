// The messages between the page and the draw worker (drawWorker.ts).
import type { Batch, Frame, Paint } from './drawing';

/** Page -> worker. */
export type WorkerRequest =
  /** Replaces a dataset's batches (their arrays are transferred). */
  | { type: 'data'; name: string; batches: Batch[] }
  /** Registers a shapes file (drawing.ts readShapes) the worker fetches the first time a render needs it. */
  | { type: 'file'; name: string; url: string; paint: Paint }
  /** Fetches and reads registered files now, before a render needs them (those of the first view). */
  | { type: 'prefetch'; names: string[] }
  /** Draws datasets, in order, into one image of width x height device pixels covering frame.extent. */
  | { type: 'render'; channel: string; id: number; names: string[]; frame: Frame; width: number; height: number }
  /** The view is moving: stop drawing (at the next step) until resumed, leaving the CPU to the page's frames. */
  | { type: 'pause' }
  /** The view settled: go on drawing; `user`: after a move of the user's, who may move it again soon (see restMs). */
  | { type: 'resume'; user: boolean };

/** Worker -> page: the image answers every request id listed (those that queued up behind the latest). */
export type WorkerReply =
  /** The worker has started and drawn once (its canvases are set up): sent once, first. */
  | { type: 'warm' }
  /** `began`, `posted`: when the worker began drawing it and posted it (ms since the epoch: performance.timeOrigin + now). */
  | { type: 'image'; channel: string; ids: number[]; bitmap: ImageBitmap; frame: Frame; began: number; posted: number }
  | { type: 'error'; channel: string; ids: number[]; message: string };
