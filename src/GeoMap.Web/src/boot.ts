// The client's first chunk (index.html's script): starts the draw worker and its fetches of the first view's basemap
// files, reads the tile summary index.html preloads, has the first view's basemap drawn and its place names and flow
// tiles fetched when the link gives the view, then, once the worker has started (workerWaitMs), loads the rest of the
// client (main.ts: OpenLayers and every control, about 540 kB with flowTiles.ts's chunk, whose module evaluation took
// 100-120 ms of the main thread; until then the worker had not started, bench/client --diagnose-load) and has the flow
// tiles read and drawn.
// The stylesheets are here so that the page is styled from its first paint.
import 'ol/ol.css';
import './styles.css';
import { fromEPSG4326 } from 'ol/proj/epsg3857';
import { basemapChannel, basemapFiles } from './basemapShapes';
import { fetchLabelsAt } from './basemapLabels';
import { maxViewZoom, resolutionAt, worldWidth, zoomOf } from './webMercator';
import { DrawWorker, firstLoadMark } from './drawClient';
import { fetchTile, flowTileUrl, flowTilesOf, flowsUpTo, listUpTo, rangeQuery, tileSummary, type TileSummary } from './movementTileRequests';
import { linkedDays } from './timeRange';
import type { TileAhead } from './flowTiles';
import type RenderFeature from 'ol/render/Feature';
import { readState } from './urlState';

performance.mark('geomap:boot');
const state = readState(location.search);

/**
 * The tile summary (movementTileRequests.ts tileSummary: how many movements, their dates, box and actors), asked for
 * here, the request index.html preloads: by the time main.ts has been evaluated it has been read, so the first view's
 * tile layers are on the map for its first frame instead of after the set-up and two more frames (~200-350 ms,
 * bench/client --diagnose-load). main.ts's first load reads it; later loads ask again.
 */
export const firstSummary: Promise<TileSummary> = tileSummary();
// Handled by main.ts's first load (which says why); this only keeps a failure from being reported twice.
firstSummary.catch(() => undefined);

/**
 * The first view when the link gives it (centre and zoom; without them the view is fitted to the movements once they
 * are counted): the extent its images are asked for (the view's, in whole device pixels, as OpenLayers' image sources
 * round it: getRequestExtent), its resolution and the device's pixel ratio, as main.ts's map will have them. The map
 * has its final size from the page's first layout (styles.css keeps the timeline's height under it). Null where
 * main.ts's view would be held to other bounds than the link's (a zoom beyond its deepest, a view wider or taller than
 * the world, or beyond its top or bottom edge): nothing is drawn or fetched ahead for those.
 */
function linkedView(): { extent: [number, number, number, number]; resolution: number; pixelRatio: number } | null {
  if (!state.center || state.zoom === undefined || state.zoom < 0 || state.zoom > maxViewZoom) return null;
  const target = document.getElementById('map');
  const width = target?.offsetWidth ?? 0;
  const height = target?.offsetHeight ?? 0;
  if (width === 0 || height === 0) return null;
  const resolution = resolutionAt(state.zoom);
  const [x, y] = fromEPSG4326(state.center) as [number, number];
  const pixelRatio = window.devicePixelRatio || 1;
  const devicePx = (cssPx: number) => Math.ceil(Math.round(cssPx * pixelRatio * 1e5) / 1e5) / pixelRatio;
  const halfWidth = (devicePx(width) / 2) * resolution;
  const halfHeight = (devicePx(height) / 2) * resolution;
  if (Math.max(width, height) * resolution > worldWidth || Math.abs(y) + (height / 2) * resolution > worldWidth / 2) return null;
  return { extent: [x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight], resolution, pixelRatio };
}
const firstView = linkedView();

/** The basemap files and the first view's (an online basemap chosen in the URL draws none of them). */
const firstFiles = state.basemap ? null : basemapFiles(state.zoom ?? 3);

/**
 * The page's one draw worker (main.ts draws with it), fetching and reading the first view's basemap files as it starts
 * and, when the link gives the view, drawing its land, coasts and borders while the rest of the client loads: the
 * basemap layer's first request is answered with them (drawClient.ts Ahead) if its view is this one.
 * @remarks The worker, warm, stood idle while main.ts was evaluated and set up (~150 ms), then drew the basemap from the
 * first frame on, and the flows' image waited behind it: the basemap image came after the flows' data in two of three
 * cold loads (bench/client, 2026-12-05). The view is worked out first (the first layout, a few ms) so that the image
 * is asked for with the worker's start, not by a message (drawClient.ts says why).
 */
export const drawWorker = new DrawWorker(firstFiles?.requests ?? [], firstFiles && firstView
  ? { channel: basemapChannel, names: firstFiles.shapesAt(zoomOf(firstView.resolution)), extent: firstView.extent, resolution: firstView.resolution, pixelRatio: firstView.pixelRatio }
  : undefined);

// The place names the first view's basemap shows (basemapLabels.ts), asked for now: its label layers take them.
if (firstFiles && firstView) fetchLabelsAt(zoomOf(firstView.resolution));

/**
 * How long (ms) the rest of the client waits for the draw worker to have started and drawn once (its `warm` reply).
 * @remarks A worker's first drawing waits for two tasks it posts to the page's main thread (Chromium sets up a worker's
 * canvas from there): with main.ts evaluated at once, they waited behind its evaluation and the first frames, and the
 * worker, its basemap files in, stood blocked for 280-390 ms; the basemap image came after the flows' data and held
 * the first render (bench/client --diagnose-load traces, 2026-12-05). Waiting for the worker costs the main chunk
 * ~100 ms of idle main thread while the worker starts. A worker that never starts (its script refused) only delays
 * the client by this long.
 */
const workerWaitMs = 300;

/** Resolved once the worker is warm, or has had {@link workerWaitMs} to be. */
const workerStarted = Promise.race([drawWorker.warm, new Promise((resolve) => setTimeout(resolve, workerWaitMs))]);

/**
 * The first view's flow tiles by address, read, once the summary says the movements are drawn from tiles and the link
 * gives the view (flows below the detail zoom) and the range: they are asked for here and, once the worker has started,
 * read by flowTiles.ts and sent to the worker to be drawn ahead (drawFlowsAhead); movementTiles.ts takes them instead
 * of asking.
 * @remarks Asked for by the flows' image at the first frame, they arrived 20-30 ms later but were read 150-200 ms after
 * that, the main thread busy with the frames of the basemap labels (bench/client, 2026-12-05); read and sent at the
 * first frame, the flows' image was posted 100-170 ms after the worker had drawn the basemap (flowTiles.ts says more).
 * Read as they came, while the worker started, they held its start (its tasks on the main thread) 100-170 ms longer in
 * three cold loads of five.
 */
export const firstFlowTiles = new Map<string, Promise<RenderFeature[]>>();
void firstSummary.then((summary) => {
  const { from, to } = linkedDays(state.from, state.to);
  const view = firstView;
  if (!view || from === null || to === null || summary.movements <= listUpTo || zoomOf(view.resolution) > flowsUpTo(summary.detailzoom)) return;
  const range = rangeQuery({ from, to });
  firstLoadMark('flow tiles asked ahead');
  const tiles: TileAhead[] = flowTilesOf(view.extent, view.resolution, summary.detailzoom).map(([z, x, y]) => {
    const url = flowTileUrl(z, x, y, range);
    // Tried once: one that fails is asked for again by the flows' layer, and nothing is drawn ahead.
    return { z, x, y, url, bytes: fetchTile(url, []) };
  });
  const read = workerStarted.then(() => import('./flowTiles')).then((m) => m.drawFlowsAhead(drawWorker, tiles, view, summary.actors));
  tiles.forEach(({ url }, i) => {
    const features = read.then((all) => {
      const tile = all[i]!;
      if (tile.status === 'rejected') throw tile.reason;
      return tile.value;
    });
    // movementTiles.ts says a failure when it takes the tile; the first render forgets those it did not take.
    features.catch(() => undefined);
    firstFlowTiles.set(url, features);
  });
}, () => undefined);

void workerStarted.then(() => import('./main')).catch((e: Error) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `Could not load the map client: ${e.message}`;
  document.body.dataset.ready = 'error';
});
