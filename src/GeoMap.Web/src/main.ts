// GeoMap's map client: wires the basemap, movements, overlays, time range, region query, ingest and upload
// together, and keeps the view in the URL.
import 'ol/ol.css';
import './styles.css';
import Map from 'ol/Map';
import View from 'ol/View';
import { fromLonLat, toLonLat } from 'ol/proj';
import { defaults as defaultControls, ScaleLine } from 'ol/control';
import type Feature from 'ol/Feature';
import type { Geometry } from 'ol/geom';
import * as api from './api';
import { setUpApiKeyForm } from './apiKey';
import { offlineBasemap, onlineBasemap } from './basemap';
import { byId } from './dom';
import { DetailsPanel } from './details';
import { DrawWorker } from './drawClient';
import { Ingest } from './ingest';
import { renderLegend } from './legend';
import { MovementLayers, placesOf, toFeatures } from './movements';
import { OverlayUpload } from './overlayUpload';
import { Overlays } from './overlays';
import { RegionQuery } from './regionQuery';
import { TimeRangeControl, isoDate, parseDate, type TimeRange } from './timeRange';
import type { MovementSummary, PlaceSummary } from './types';
import { readState, saveState } from './urlState';

performance.mark('geomap:start');
const state = readState(location.search);
const statusLine = byId<HTMLParagraphElement>('status');
const say = (message: string) => { statusLine.textContent = message; };
setUpApiKeyForm(byId('api-key-form'), byId('api-key'), say);

const drawWorker = new DrawWorker();
const movements = new MovementLayers(drawWorker);
const map = new Map({
  target: 'map',
  layers: [...(state.basemap ? onlineBasemap(state.basemap) : offlineBasemap(drawWorker)), movements.movementLayer, movements.selectionLayer, movements.placeLayer, movements.sourceLayer],
  view: new View({ center: fromLonLat(state.center ?? [120, 40]), zoom: state.zoom ?? 3, maxZoom: 19 }),
  controls: defaultControls().extend([new ScaleLine({ units: 'metric' })]),
});

const day = 86_400_000;
const initialRange: TimeRange = {
  from: parseDate(state.from ?? '') ?? Date.now() - 365 * day,
  to: parseDate(state.to ?? '', true) ?? Date.now(),
};
const legend = byId<HTMLElement>('legend');

function applyRange(range: TimeRange): void {
  const n = movements.filter(range);
  time.describe(`${n} of ${movements.loaded().length} movements in this range.`);
  renderLegend(legend, movements.shown().map((f) => (f.get('movement') as MovementSummary).actor));
  document.body.dataset.movementsShown = String(n);
  writeUrl();
  regionQuery.refresh();
}

const time = new TimeRangeControl(byId('time-range'), initialRange, applyRange);
const overlays = new Overlays(map, byId('layers'), () => writeUrl());
const details = new DetailsPanel(byId('details'), {
  showOverlay: (id) => overlays.show(id),
  showMovement: (id) => openMovement(id),
  closed: () => movements.select(null),
});
const regionQuery = new RegionQuery(map, byId('region-query'), () => time.value, (id) => openMovement(id));
const ingest = new Ingest(map, byId('ingest'), (reportId) => { say(`Report #${reportId} saved.`); void loadMovements(false); });
new OverlayUpload(byId('overlay-upload'), (id) => { void overlays.load([id]).then(() => overlays.show(id)); });
void ingest;

function writeUrl(): void {
  const view = map.getView();
  const center = toLonLat(view.getCenter() ?? [0, 0]);
  saveState({
    center: [center[0]!, center[1]!],
    zoom: view.getZoom(),
    from: isoDate(time.value.from),
    to: isoDate(time.value.to),
    overlays: overlays.visibleIds(),
    basemap: state.basemap,
  });
}
map.on('moveend', writeUrl);
// The draw worker waits while the view moves: its images are only asked for once the view settles, and the frames of
// the pan or zoom need the CPU more (bench/client).
map.on('movestart', () => drawWorker.pause(true));
map.on('moveend', () => drawWorker.pause(false));

function openMovement(id: number): void {
  const feature = movements.loaded().find((f) => f.getId() === id);
  if (!feature) { say(`Movement #${id} is not loaded.`); return; }
  movements.select(feature);
  details.showMovement(feature);
}

function openPlace(place: PlaceSummary): void {
  const touching = movements.shown().map((f) => f.get('movement') as MovementSummary).filter((m) => placesOf(m).some((p) => p.key === place.key));
  details.showPlace(place, touching);
}

/**
 * The place marker, else the movement, under a pixel (5 px tolerance). Found from the geometries, not by OpenLayers'
 * pixel hit detection, whose first use in a page cost 170 ms of one pointer move over 10,000 arrows (bench/client).
 */
function hitAt(pixel: number[]): { place: PlaceSummary } | { movement: Feature<Geometry> } | null {
  const coordinate = map.getCoordinateFromPixel(pixel);
  const resolution = map.getView().getResolution();
  if (!coordinate || !resolution) return null;
  const place = movements.placeAt(coordinate, resolution);
  if (place) return { place };
  const movement = movements.movementAt(coordinate, resolution);
  return movement ? { movement } : null;
}

map.on('singleclick', (e) => {
  const hit = hitAt(e.pixel);
  if (!hit) return;
  if ('place' in hit) openPlace(hit.place);
  else { movements.select(hit.movement); details.showMovement(hit.movement); }
});
map.on('pointermove', (e) => {
  if (e.dragging) return;
  map.getTargetElement()!.style.cursor = hitAt(e.pixel) ? 'pointer' : '';
});

async function loadMovements(first: boolean): Promise<void> {
  say('Loading movements…');
  try {
    const features = await api.allMovements({});
    performance.mark('geomap:movements-fetched');
    movements.load(toFeatures(features));
    const span = movements.span();
    if (span) time.setSpan(span);
    if (first && span && (!state.from || !state.to)) {
      time.set({ from: Math.floor(span.from / day) * day, to: Math.floor(span.to / day) * day + day - 1 });
    } else {
      applyRange(time.value);
    }
    if (first && !state.center && movements.shown().length) {
      map.getView().fit(movements.movementSource.getExtent()!, { padding: [80, 80, 80, 80], maxZoom: 8 });
    }
    say(`${features.length} movements loaded.`);
    map.once('rendercomplete', () => {
      performance.mark('geomap:first-render');
      document.body.dataset.ready = 'true';
    });
    map.render();
  } catch (e) {
    say(`Could not load movements: ${(e as Error).message}`);
    document.body.dataset.ready = 'error';
  }
}

applyRange(time.value);
void loadMovements(true);
void overlays.load(state.overlays).then(() => writeUrl()).catch((e: Error) => say(`Could not load overlays: ${e.message}`));

/** A handle for tests and benchmarks: what is loaded and shown, without reaching into the DOM. */
declare global {
  interface Window {
    geomap: {
      map: Map;
      shownIds(): number[];
      range(): TimeRange;
      pixelOf(lon: number, lat: number): [number, number];
      placeLabelSides(): Record<string, string | null>;
    };
  }
}
window.geomap = {
  map,
  shownIds: () => movements.shown().map((f) => Number(f.getId())).sort((a, b) => a - b),
  range: () => time.value,
  placeLabelSides: () => movements.placeLabels.sides(map.getView().getResolution()!),
  pixelOf: (lon, lat) => {
    const p = map.getPixelFromCoordinate(fromLonLat([lon, lat]));
    return [p[0]!, p[1]!];
  },
};
