// The client's first chunk (index.html's script): starts the draw worker and its fetches of the first view's basemap
// files, then loads the rest of the client (main.ts: OpenLayers and every control, about 530 kB whose module
// evaluation took 100-120 ms of the main thread; until then the worker had not started, bench/client --diagnose-load).
// The stylesheets are here so that the page is styled from its first paint.
import 'ol/ol.css';
import './styles.css';
import { basemapShapes } from './basemapShapes';
import { DrawWorker } from './drawClient';
import { readState } from './urlState';

performance.mark('geomap:boot');
/** The page's one draw worker (main.ts draws with it). */
export const drawWorker = new DrawWorker();
{
  const state = readState(location.search);
  // An online basemap chosen in the URL draws none of these files.
  if (!state.basemap) basemapShapes(drawWorker, state.zoom ?? 3);
}

import('./main').catch((e: Error) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `Could not load the map client: ${e.message}`;
  document.body.dataset.ready = 'error';
});
