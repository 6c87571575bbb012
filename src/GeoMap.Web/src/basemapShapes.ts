// The offline basemap's land, coasts and borders as the draw worker's files, and which of them a zoom draws. No
// OpenLayers here: the client's first chunk (boot.ts) registers and fetches the first view's files with it.
import type { DrawWorker } from './drawClient';
import type { Paint } from './drawing';
import type { WorkerRequest } from './drawProtocol';

// No stroke on land: its polygons are cut at the antimeridian, and the cut must not show. Coasts are their own lines.
const land: Paint = { kind: 'fill', colour: '#f4f1e8' };
const coast: Paint = { kind: 'stroke', colour: '#8fb0c4', width: 0.9 };
const border: Paint = { kind: 'stroke', colour: '#8d8478', width: 1.1 };
const regionBorder: Paint = { kind: 'stroke', colour: '#b8ada0', width: 0.7, dash: [4, 3] };

/** The draw worker's channel (drawClient.ts) of the land, coasts and borders' image. */
export const basemapChannel = 'basemap';

/** Natural Earth scale by zoom: 110m below zoom 3, 50m to 5.5, 10m above. */
function scaleAt(zoom: number): string {
  return zoom < 3 ? '110m' : zoom < 5.5 ? '50m' : '10m';
}

/** First-level region borders from this zoom. */
const regionBordersFrom = 5;

/**
 * The worker requests that register the shapes files and have the worker fetch and read those of `initialZoom` at
 * once (the first view's: asked for by its first render, the files queued behind the movement tiles and were read
 * after them, the last part of the first render, bench/client --diagnose-load); and the dataset names a zoom draws.
 */
export function basemapFiles(initialZoom: number, base = '/basemap/'): { requests: WorkerRequest[]; shapesAt: (zoom: number) => string[] } {
  const requests: WorkerRequest[] = [];
  for (const scale of ['110m', '50m', '10m']) {
    requests.push({ type: 'file', name: `land-${scale}`, url: `${base}land-${scale}.3857.bin`, paint: land });
    requests.push({ type: 'file', name: `coast-${scale}`, url: `${base}coast-${scale}.3857.bin`, paint: coast });
    requests.push({ type: 'file', name: `borders-${scale}`, url: `${base}borders-${scale}.3857.bin`, paint: border });
  }
  requests.push({ type: 'file', name: 'region-borders', url: `${base}region-borders.3857.bin`, paint: regionBorder });
  const shapesAt = (zoom: number) => {
    const scale = scaleAt(zoom);
    return [`land-${scale}`, `coast-${scale}`, ...(zoom >= regionBordersFrom ? ['region-borders'] : []), `borders-${scale}`];
  };
  requests.push({ type: 'prefetch', names: shapesAt(initialZoom) });
  return { requests, shapesAt };
}

/** Registers the shapes files with the worker (again is harmless: it keeps a file's loading) as {@link basemapFiles}. */
export function basemapShapes(worker: DrawWorker, initialZoom: number, base = '/basemap/'): (zoom: number) => string[] {
  const { requests, shapesAt } = basemapFiles(initialZoom, base);
  worker.send(requests);
  return shapesAt;
}
