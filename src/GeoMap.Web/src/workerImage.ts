// Image layers drawn by the draw worker (drawClient.ts): OpenLayers asks for an image of the view when it settles
// somewhere the last image does not cover, and keeps showing the last one, moved and scaled, until it arrives.
import ImageLayer from 'ol/layer/Image';
import ImageSource from 'ol/source/Image';
import type { Extent } from 'ol/extent';
import type Map from 'ol/Map';
import type { FrameState } from 'ol/Map';
import ViewHint from 'ol/ViewHint';
import { imageRatio, paddedImage, type DrawWorker } from './drawClient';

/** Whether the view moves (animates or is dragged) in the frame being drawn: set by {@link trackViewMotion}. */
let viewMoving = false;

/** Whether the view moves (animates, or the user drags or zooms it) in a frame. */
export function viewMovesIn(frameState: FrameState | null | undefined): boolean {
  const hints = frameState?.viewHints ?? [];
  return (hints[ViewHint.ANIMATING] ?? 0) > 0 || (hints[ViewHint.INTERACTING] ?? 0) > 0;
}

/** Keeps track, frame by frame, of whether the map's view moves, for the worker images' resampling. */
export function trackViewMotion(map: Map): void {
  map.on('precompose', (e) => { viewMoving = viewMovesIn(e.frameState); });
}

/**
 * An image source drawn by the worker; which datasets it draws may depend on the resolution (zoom bands), and
 * `prepare` may send the worker the data of an image's extent (the view's, padded by the ratio as the worker draws it)
 * and resolution just before it is asked to draw it, first fetching what the view (`view`, unpadded) needs: the image
 * is asked for once the promise it returns has settled, and the source counts as loading until then.
 */
export class WorkerImageSource extends ImageSource {
  constructor(worker: DrawWorker, channel: string, names: (resolution: number) => string[], ratio = imageRatio, prepare?: (padded: Extent, resolution: number, view: Extent) => Promise<void> | void) {
    super({
      loader: (extent, resolution, pixelRatio) => {
        const draw = () => worker.render(channel, names(resolution), extent, resolution, pixelRatio, ratio);
        const ready = prepare?.(paddedImage(extent, resolution, ratio).padded, resolution, extent);
        return ready ? ready.then(draw) : draw();
      },
    });
  }

  /**
   * Resampled smoothly only while the view rests. Scaling a 1.5x-view image with interpolation in every frame of a
   * zoom cost ~9 ms of software painting per worker layer and frame (bench/client --diagnose-layers: a zoom frame's
   * painting 17.0 ms median with every layer, 10.3 without interpolation; a pan's 13.5 and 6.6); during the motion the
   * image is a stand-in anyway, replaced once the view settles.
   */
  override getInterpolate(): boolean {
    return !viewMoving;
  }

  /** Draws a new image for the current view (the data changed); the old one stays up until it arrives. */
  redraw(): void {
    this.image = null;
    this.changed();
  }

  /**
   * Draws a new image and resolves, once it is loaded, with the time that took (ms); for the benchmark.
   * @remarks Wall time from the request to the image, not the worker's CPU time: Chromium records canvas drawing
   * and rasterizes it when it chooses (at the latest when the image is taken), so timing the drawing calls says little.
   */
  timedRedraw(): Promise<number> {
    const t0 = performance.now();
    return new Promise((resolve) => {
      // The image requested after this redraw, not one that was already on its way.
      this.once('imageloadstart', (start) => {
        const ended = (end: { image: unknown }) => {
          if (end.image !== start.image) return;
          this.un('imageloadend', ended);
          resolve(performance.now() - t0);
        };
        this.on('imageloadend', ended);
      });
      this.redraw();
    });
  }
}

/** An image layer over a worker-drawn source. */
export function workerImageLayer(source: WorkerImageSource, properties: Record<string, unknown>, zIndex?: number): ImageLayer<WorkerImageSource> {
  return new ImageLayer({ source, properties, ...(zIndex === undefined ? {} : { zIndex }) });
}
