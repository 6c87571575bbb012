// The client's first chunk (index.html's script): starts the draw worker and its fetches of the first view's basemap
// files, reads the tile summary index.html preloads, then, once the worker has started (workerWaitMs), loads the rest
// of the client (main.ts: OpenLayers and every control, about 530 kB whose module evaluation took 100-120 ms of the
// main thread; until then the worker had not started, bench/client --diagnose-load).
// The stylesheets are here so that the page is styled from its first paint.
import 'ol/ol.css';
import './styles.css';
import { basemapFiles } from './basemapShapes';
import { DrawWorker } from './drawClient';
import type { TileSummary } from './movementTiles';
import { readState } from './urlState';

performance.mark('geomap:boot');
const state = readState(location.search);
/**
 * The page's one draw worker (main.ts draws with it), fetching and reading the first view's basemap files as it starts
 * (an online basemap chosen in the URL draws none of them).
 */
export const drawWorker = new DrawWorker(state.basemap ? [] : basemapFiles(state.zoom ?? 3).requests);

/**
 * The tile summary (movementTiles.ts tileSummary: how many movements, their dates, box and actors), asked for here, the
 * request index.html preloads: by the time main.ts has been evaluated it has been read, so the first view's tile layers
 * are on the map for its first frame instead of after the set-up and two more frames (~200-350 ms, bench/client
 * --diagnose-load). main.ts's first load reads it; later loads ask again.
 */
export const firstSummary: Promise<TileSummary> = fetch('/tiles/movements/tilejson.json?').then(async (response) => {
  if (!response.ok) throw new Error(`movement tiles: ${response.status} ${response.statusText}`);
  return (await response.json()) as TileSummary;
});
// Handled by main.ts's first load (which says why); this only keeps a failure from being reported twice.
firstSummary.catch(() => undefined);

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

void Promise.race([drawWorker.warm, new Promise((resolve) => setTimeout(resolve, workerWaitMs))]).then(() => import('./main')).catch((e: Error) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `Could not load the map client: ${e.message}`;
  document.body.dataset.ready = 'error';
});
