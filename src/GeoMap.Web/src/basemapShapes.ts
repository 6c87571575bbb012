// The offline basemap's land, coasts and borders as the draw worker's files, and which of them a zoom draws. No
// OpenLayers here: the client's first chunk (boot.ts) registers and fetches the first view's files with it.
import type { DrawWorker } from './drawClient';
import type { Paint } from './drawing';

// No stroke on land: its polygons are cut at the antimeridian, and the cut must not show. Coasts are their own lines.
const land: Paint = { kind: 'fill', colour: '#f4f1e8' };
const coast: Paint = { kind: 'stroke', colour: '#8fb0c4', width: 0.9 };
const border: Paint = { kind: 'stroke', colour: '#8d8478', width: 1.1 };
const regionBorder: Paint = { kind: 'stroke', colour: '#b8ada0', width: 0.7, dash: [4, 3] };

/** Natural Earth scale by zoom: 110m below zoom 3, 50m to 5.5, 10m above. */
function scaleAt(zoom: number): string {
  return zoom < 3 ? '110m' : zoom < 5.5 ? '50m' : '10m';
}

/** First-level region borders from this zoom. */
const regionBordersFrom = 5;

/**
 * Registers the shapes files with the worker (again is harmless) and has it fetch and read those of `initialZoom` now;
 * returns the dataset names a zoom draws.
 */
export function basemapShapes(worker: DrawWorker, initialZoom: number, base = '/basemap/'): (zoom: number) => string[] {
  for (const scale of ['110m', '50m', '10m']) {
    worker.addFile(`land-${scale}`, `${base}land-${scale}.bin`, land);
    worker.addFile(`coast-${scale}`, `${base}coast-${scale}.bin`, coast);
    worker.addFile(`borders-${scale}`, `${base}borders-${scale}.bin`, border);
  }
  worker.addFile('region-borders', `${base}region-borders.bin`, regionBorder);
  const shapesAt = (zoom: number) => {
    const scale = scaleAt(zoom);
    return [`land-${scale}`, `coast-${scale}`, ...(zoom >= regionBordersFrom ? ['region-borders'] : []), `borders-${scale}`];
  };
  worker.prefetch(shapesAt(initialZoom));
  return shapesAt;
}
