// GeoMap's map client: wires the basemap, movements, overlays, time range, region query, ingest and upload
// together, and keeps the view in the URL.
import Map from 'ol/Map';
import View from 'ol/View';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj';
import { defaults as defaultControls, ScaleLine } from 'ol/control';
import type Feature from 'ol/Feature';
import type { Geometry } from 'ol/geom';
import * as api from './api';
import { setUpApiKeyForm } from './apiKey';
import { offlineBasemap, onlineBasemap, packageBasemap, watchPackage, type BasemapInfo } from './basemap';
import { outlineZoom, toOutlines, type AreaOutline } from './areas';
import { byId, whenOpened } from './dom';
import { DetailsPanel } from './details';
import { drawWorker, firstFlowTiles, firstSummary } from './boot';
import { trackViewMotion, viewMovesIn } from './workerImage';
import { Ingest } from './ingest';
import { legendEntry, renderLegend } from './legend';
import { ManualMovement } from './manualMovement';
import { MapPick } from './placeField';
import { RoutePreview } from './routePreview';
import { assignColours, legendOrder, setMapActors } from './mapStyle';
import { labelsWithYear, movementLabel, setLabelSpan } from './strengthLabels';
import { MovementLayers, placesOf, toFeatures } from './movements';
import { MovementTiles } from './movementTiles';
import { listUpTo, tileSummary, type TileSummary } from './movementTileRequests';
import { maxViewZoom } from './webMercator';
import { OverlayUpload } from './overlayUpload';
import { PhotoLayer, parsePlace, photoPanel } from './photos';
import { Overlays } from './overlays';
import { RegionQuery } from './regionQuery';
import { Sources } from './sources';
import { Timeline } from './timeline';
import { TimeRangeControl, isoDate, linkedDays, type TimeRange } from './timeRange';
import type { MovementSummary, PlaceSummary } from './types';
import { readState, saveState } from './urlState';

performance.mark('geomap:start');
const state = readState(location.search);
/** Whether the selection and the query area of the link opened have been restored (until then the URL is left as it is). */
let restored = false;
const statusLine = byId<HTMLParagraphElement>('status');
const say = (message: string) => { statusLine.textContent = message; };
const keyForm = setUpApiKeyForm(byId('api-key-form'), byId('api-key'), say);

const day = 86_400_000;
const linked = linkedDays(state.from, state.to);
const initialRange: TimeRange = { from: linked.from ?? Date.now() - 365 * day, to: linked.to ?? Date.now() };
// Before the map, so that the map is made at its size above the timeline (its first frame draws, and asks for the tiles
// of, the view the first load fits to that size).
const timeline = new Timeline(byId('timeline'), initialRange, (range) => time.set(range));

const movements = new MovementLayers(drawWorker);
const map = new Map({
  target: 'map',
  layers: [...(state.basemap ? onlineBasemap(state.basemap) : offlineBasemap(drawWorker, state.zoom ?? 3)), movements.areaOutlines.layer, movements.movementLayer, movements.selectionLayer, movements.placeLayer, movements.strengthLabels.layer, movements.sourceLayer],
  view: new View({ center: fromLonLat(state.center ?? [120, 40]), zoom: state.zoom ?? 3, maxZoom: maxViewZoom }),
  controls: defaultControls().extend([new ScaleLine({ units: 'metric' })]),
});
trackViewMotion(map);

// A basemap package configured on the server replaces the built-in basemap (an online one chosen in the URL wins).
// The built-in one is drawn meanwhile, so a server without a package costs the first view nothing.
if (!state.basemap) {
  api.getJson<BasemapInfo>('/api/basemap')
    .then((info) => {
      if (info.kind !== 'package' || !info.tiles) return;
      const layers = map.getLayers();
      const builtIn = layers.getArray().filter((l) => l.get('basemap') === true);
      for (const layer of builtIn) layers.remove(layer);
      const packaged = packageBasemap(info);
      packaged.forEach((layer, i) => layers.insertAt(i, layer));
      document.body.dataset.basemap = info.vector ? 'package-vector' : 'package-raster';
      // A package whose directories cannot be read past its header: back to the built-in basemap, and say why.
      watchPackage(packaged, (detail) => {
        for (const layer of packaged) layers.remove(layer);
        builtIn.forEach((layer, i) => layers.insertAt(i, layer));
        // Said once the first load has said how many movements it loaded, so that its message does not replace this one.
        void firstLoad.then(() => {
          document.body.dataset.basemap = 'builtin-fallback';
          say(`The basemap package cannot be drawn, the built-in basemap is: ${detail}`);
        });
      });
    })
    .catch(() => { /* No answer: the built-in basemap stays. */ });
}

const legend = byId<HTMLElement>('legend');

/** The movement tiles, once there are more movements than the map lists. */
let tiles: MovementTiles | null = null;
let tileTotal = 0;
let counting: AbortController | null = null;

/** A range whose count waits for the first render (see {@link firstRenderDone}). */
let countWaiting = false;
/** In tile mode: the count for the range (one small request, the previous one cancelled) and the legend. */
function describeTiles(range: TimeRange): void {
  // Not during the first load: a second summary query in the server and its answer on the main thread while the first
  // view's tiles are made and drawn (bench/client --diagnose-load); counted once the map is drawn.
  if (!firstRenderDone) {
    countWaiting = true;
    return;
  }
  counting?.abort();
  const current = (counting = new AbortController());
  tileSummary(range, current.signal)
    .then((s) => {
      time.describe(`${s.movements} of ${tileTotal} movements in this range.`);
      document.body.dataset.movementsShown = String(s.movements);
    })
    .catch((e: Error) => { if (e.name !== 'AbortError') say(`Could not count movements: ${e.message}`); });
}

/** Shows the photos of a range; set once the photo layer exists (the range is applied before it is made). */
let filterPhotos: (range: TimeRange) => void = () => {};
/** Which photo markers are shown; set once the photo layer exists. */
let photosShown: () => { plain: boolean; facing: boolean } = () => ({ plain: false, facing: false });

/** A legend asked for before the first render, drawn once the map is (see {@link letTimelineCount}). */
let legendWaiting = false;
/**
 * Redraws the legend for what the map draws now: the movements listed (or in the tiles in view) and the photos shown.
 * Not before the first render: the photos' arrival and (listing) the range asked for it during the start, a legend of a
 * map not drawn yet (in tile mode 30-45 ms a legend once tiles have come, bench/client --diagnose-load).
 */
function showLegend(): void {
  if (!firstRenderDone) {
    legendWaiting = true;
    return;
  }
  if (tiles) {
    const { entries, places } = tiles.legendInView(map);
    renderLegend(legend, entries, { photos: photosShown(), places });
    return;
  }
  const outlined = new Set(movements.outlinedAreas());
  renderLegend(legend, movements.shown().map((f) => legendEntry(f.get('movement') as MovementSummary, outlined, f.get('areaOnly') !== true)), { photos: photosShown() });
}

function applyRange(range: TimeRange): void {
  filterPhotos(range);
  timeline.showRange(range);
  const axis = timeline.shownSpan;
  if (range.from < axis.from || range.to >= axis.to) refreshTimeline();
  if (tiles) {
    tiles.setRange(range);
    describeTiles(range);
    writeUrl();
    regionQuery.refresh();
    return;
  }
  const n = movements.filter(range);
  time.describe(`${n} of ${movements.loaded().length} movements in this range.`);
  showLegend();
  document.body.dataset.movementsShown = String(n);
  writeUrl();
  regionQuery.refresh();
}

const time = new TimeRangeControl(byId('time-range'), initialRange, applyRange);

/** The view as a bbox parameter (lon/lat, west > east across the antimeridian), or undefined when it shows the whole world. */
function viewBox(): string | undefined {
  const [w, s, e, n] = transformExtent(map.getView().calculateExtent(map.getSize()), 'EPSG:3857', 'EPSG:4326');
  if (e! - w! >= 360) return undefined;
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  const clamp = (lat: number) => Math.max(-90, Math.min(90, lat));
  return [wrap(w!), clamp(s!), wrap(e!), clamp(n!)].map((v) => v.toFixed(5)).join(',');
}

let timelineRequest: AbortController | null = null;
let timelineTimer: number | undefined;
/**
 * Whether the map has been drawn completely once. Until then the timeline waits: its counts are not part of the map,
 * and the two or three requests the first view's range and fit asked for took server time and main-thread time
 * (drawing the chart) from the first render (bench/client --diagnose-load).
 */
let firstRenderDone = false;
let timelineWaiting = false;
/**
 * How long (ms) the view must rest after a pan or zoom before the timeline counts the movements in it; a move that
 * begins cancels the count on its way. The count is a database aggregate over every movement in view: at 100,000
 * movements it took 140-1,800 ms of the database's CPU, and asked for 150 ms after every stop of a pan or wheel step
 * it ran six times in a benchmark's eight seconds of panning and zooming, beside the map's frames on a two-core machine
 * (bench/client, 2026-12-04: requests and database work logged per load).
 */
const timelineAfterMoveMs = 600;

/** Cancels the timeline's count waiting to be asked for or on its way (the view moved, or another replaces it). */
function cancelTimelineCount(): void {
  window.clearTimeout(timelineTimer);
  timelineRequest?.abort();
}

/**
 * Counts the movements for the timeline's axis (the data's span and the range) in the current region: the queried area
 * (a region or a drawn one), else the view; the previous request cancelled. `delay`: how long to wait first (ms), in
 * which another call replaces this one.
 */
function refreshTimeline(delay = 150): void {
  if (!firstRenderDone) {
    timelineWaiting = true;
    return;
  }
  cancelTimelineCount();
  timelineTimer = window.setTimeout(() => {
    const current = (timelineRequest = new AbortController());
    const bucket = timeline.setSpan(time.dataSpan);
    const queried = regionQuery.queried();
    api.timeline(queried?.area ?? { bbox: viewBox() }, bucket, current.signal)
      .then((counts) => {
        timeline.setWhere(queried?.label ?? null);
        timeline.setCounts(counts);
        document.body.dataset.timeline = `${counts.bucket}:${counts.counts.length}`;
      })
      .catch((e: Error) => { if (e.name !== 'AbortError') say(`Could not count movements for the timeline: ${e.message}`); });
  }, delay);
}
const overlays = new Overlays(map, byId('layers'), () => writeUrl());
/** The movement whose details are open (kept in the URL), or null. */
let selectedId: number | null = null;
/** Sends a map click to the editing form's place field that asked for it ("On the map"). */
const pick = new MapPick(map);
const details = new DetailsPanel(byId('details'), {
  showOverlay: (id) => overlays.show(id),
  showPhoto: (id) => showPhoto(id),
  showMovement: (id) => openMovement(id),
  closed: () => { movements.select(null); selectedId = null; overlays.proposeNear(null); writeUrl(); },
  edited: (id, message) => void loadMovements(false).then(() => { say(message); if (id !== null) openMovement(id); }),
  actors: () => loadedActors(),
}, pick, new RoutePreview(map, 'Route being edited'));
// The folded panels are made when first unfolded (dom.ts whenOpened), not before the first view's movements.
whenOpened(byId<HTMLDetailsElement>('add-movement-section'), () => new ManualMovement(map, pick, byId('manual-movement'), () => loadedActors(), (id) => {
  void loadMovements(false).then(() => { say(`Movement #${id} added.`); openMovement(id); });
}));

/** The actors of the loaded movements, for suggestions. */
function loadedActors(): string[] {
  return [...new Set(movements.loaded().map((f) => (f.get('movement') as MovementSummary).actor).filter((a): a is string => !!a))].sort();
}
/** The queried area the timeline counts in (as query parameters), to count again only when it changes. */
let timelineArea = 'null';
const regionQuery = new RegionQuery(map, byId('region-query'), () => time.value, (id) => openMovement(id), () => {
  writeUrl();
  const area = JSON.stringify(regionQuery.queried()?.area ?? null);
  if (area !== timelineArea) { timelineArea = area; refreshTimeline(); }
});
whenOpened(byId<HTMLDetailsElement>('ingest-section'), () => new Ingest(map, byId('ingest'), (reportId) => { say(`Report #${reportId} saved.`); void loadMovements(false); }));
const sourcesSection = byId<HTMLDetailsElement>('sources-section');
whenOpened(sourcesSection, () => new Sources(sourcesSection, byId('sources'), () => { say('New reports from the news feeds.'); void loadMovements(false); }));
whenOpened(byId<HTMLDetailsElement>('overlay-upload-section'), () => new OverlayUpload(byId('overlay-upload'), (id) => { void overlays.load([id]).then(() => overlays.show(id)); }));
const photos = new PhotoLayer(map, { say, showPhoto: (id) => showPhoto(id), changed: () => showLegend() });
filterPhotos = (range) => photos.filter(range);
photosShown = () => photos.shownKinds();
photos.filter(time.value);
map.addLayer(photos.layer);
const photoFiles = byId<HTMLInputElement>('photo-files');
photoFiles.addEventListener('change', () => { void photos.upload([...(photoFiles.files ?? [])], null).then(() => { photoFiles.value = ''; }); });

/** Opens a photo in the side panel: the screen copy, its fields, the movements near it and how to place it. */
function showPhoto(id: number): void {
  api.photo(id)
    .then((f) => details.show(`Photo #${id}`, ...photoPanel(f, {
      showMovement: (m) => openMovement(m),
      startPlacing: (p) => { photos.placing = p; say(`Click where photo #${p} was taken.`); },
      place: (p, text) => void photos.place(p, parsePlace(text)),
    })))
    .catch((e: Error) => say(`Could not open photo #${id}: ${e.message}`));
}

function writeUrl(): void {
  // Before the first load, the link keeps what it was opened with (the query and the selection are restored after it).
  if (!restored) return;
  const area = regionQuery.area();
  const view = map.getView();
  const center = toLonLat(view.getCenter() ?? [0, 0]);
  saveState({
    center: [center[0]!, center[1]!],
    zoom: view.getZoom(),
    from: isoDate(time.value.from),
    to: isoDate(time.value.to),
    overlays: overlays.visibleIds(),
    basemap: state.basemap,
    ...(selectedId !== null ? { selected: selectedId } : {}),
    ...(area?.region ? { queryRegion: area.region } : {}),
    ...(area?.polygon ? { queryPolygon: area.polygon } : {}),
  });
}
map.on('moveend', writeUrl);
// With an area queried the timeline counts in it, which a pan does not change.
map.on('moveend', () => { if (!regionQuery.queried()) refreshTimeline(timelineAfterMoveMs); });
map.on('movestart', () => { if (!regionQuery.queried()) cancelTimelineCount(); });
// The draw worker waits while the view moves: its images are only asked for once the view settles, and the frames of
// the pan or zoom need the CPU more (bench/client); after a move of the user's (a drag, a wheel step: the view was
// interacting or animating), a little longer, in case the next step follows.
let userMove = false;
map.on('movestart', (e) => {
  userMove = viewMovesIn(e.frameState);
  drawWorker.pause(true);
});
map.on('moveend', () => drawWorker.pause(false, userMove));

function openMovement(id: number): void {
  selectedId = id;
  writeUrl();
  const feature = movements.loaded().find((f) => f.getId() === id);
  if (feature) {
    movements.select(feature);
    details.showMovement(feature);
    proposeOverlaysNear(id);
    return;
  }
  // Not listed (the map draws tiles): one request for it.
  api.movement(id)
    .then((f) => {
      const [loaded] = toFeatures([f]);
      if (!loaded) { say(`Movement #${id} has no position.`); return; }
      movements.select(loaded);
      details.showMovement(loaded);
      proposeOverlaysNear(id);
    })
    .catch((e: Error) => say(`Could not open movement #${id}: ${e.message}`));
}

/** The swipe proposes the overlays the server finds near the movement on the ground, taken at any time. */
function proposeOverlaysNear(id: number): void {
  api.movementOverlays(id, 'any')
    .then((fc) => { if (selectedId === id) overlays.proposeNear(new Set(fc.features.map((f) => f.properties.id))); })
    .catch((e: Error) => say(`Could not find the overlays near movement #${id}: ${e.message}`));
}

function openPlace(place: PlaceSummary): void {
  const touchingIn = (list: MovementSummary[]) => list.filter((m) => placesOf(m).some((p) => p.key === place.key));
  if (!tiles) {
    details.showPlace(place, touchingIn(movements.shown().map((f) => f.get('movement') as MovementSummary)));
    return;
  }
  // In tile mode the movements of a place are asked for: those crossing a small box around it, in the range.
  const d = 0.001;
  api.allMovements({ bbox: [place.lon - d, place.lat - d, place.lon + d, place.lat + d].join(','), from: isoDate(time.value.from), to: isoDate(time.value.to) }, undefined, 1)
    .then((features) => details.showPlace(place, touchingIn(features.map((f) => f.properties))))
    .catch((e: Error) => say(`Could not list the movements of ${place.name}: ${e.message}`));
}

/**
 * The place marker, else the movement, else the outlined destination area, under a pixel (5 px tolerance). In list
 * mode found from the geometries, not by OpenLayers' pixel hit detection, whose first use in a page cost 170 ms of one
 * pointer move over 10,000 arrows (bench/client); in tile mode from what the tiles drew.
 */
function hitAt(pixel: number[]): { place: PlaceSummary } | { movement: Feature<Geometry> } | { movementId: number } | { flow: unknown } | null {
  const coordinate = map.getCoordinateFromPixel(pixel);
  const resolution = map.getView().getResolution();
  if (!coordinate || !resolution) return null;
  const hit = tiles ? tiles.hitAt(map, pixel) : listedAt(coordinate, resolution);
  if (hit) return hit;
  // Under the markers and arrows, an outlined destination area (both modes draw them in one layer) opens as its place.
  const area = movements.areaOutlines.areaUnder(coordinate, resolution);
  return area ? { place: area } : null;
}

/** The listed place marker, else the listed movement, at a coordinate. */
function listedAt(coordinate: number[], resolution: number): { place: PlaceSummary } | { movement: Feature<Geometry> } | null {
  const place = movements.placeAt(coordinate, resolution);
  if (place) return { place };
  const movement = movements.movementAt(coordinate, resolution);
  return movement ? { movement } : null;
}

map.on('singleclick', (e) => {
  if (regionQuery.takeClick(e)) return;
  if (photos.takeClick(e.coordinate)) return;
  const photo = photos.photoAt(e.pixel);
  if (photo) { showPhoto(photo.id); return; }
  const hit = hitAt(e.pixel);
  if (pick.active()) {
    // Choosing a place of a movement being edited or added by hand: a place marker is that place, anywhere else a new place.
    pick.take(e.coordinate, hit && 'place' in hit ? hit.place : null);
    return;
  }
  if (!hit) return;
  if ('place' in hit) openPlace(hit.place);
  else if ('movementId' in hit) openMovement(hit.movementId);
  else if ('flow' in hit) {
    // A flow stands for many movements: zoom in towards them.
    const view = map.getView();
    view.animate({ center: e.coordinate, zoom: Math.min((view.getZoom() ?? 0) + 2, tiles!.detailZoom) });
  } else openMovement(Number(hit.movement.getId()));
});
map.on('pointermove', (e) => {
  if (e.dragging) return;
  map.getTargetElement()!.style.cursor = photos.placing !== null ? 'crosshair' : photos.photoAt(e.pixel) || hitAt(e.pixel) ? 'pointer' : '';
});

/** The map is drawn with the movements (loaded or reloaded): marked for the benchmark and tests; the timeline may count. */
function rendered(): void {
  performance.mark('geomap:first-render');
  document.body.dataset.ready = 'true';
  // What the first chunk asked for ahead and the first view did not take.
  drawWorker.forgetAhead();
  firstFlowTiles.clear();
  letTimelineCount();
}

/**
 * From the first render on (or the first load's failure), the timeline and the range count count, the legend is drawn
 * and the stored API key shown.
 */
function letTimelineCount(): void {
  if (firstRenderDone) return;
  firstRenderDone = true;
  keyForm.showStored();
  // In tile mode the legend follows every render (showTiles), this one included.
  if (legendWaiting && !tiles) showLegend();
  legendWaiting = false;
  if (timelineWaiting) refreshTimeline();
  if (countWaiting && tiles) describeTiles(time.value);
  countWaiting = false;
}

/** The areas the listed movements go to, and the zoom their outlines were simplified for. */
let areaKeys: string[] = [];
let outlinesZoom = -1;
let outlinesRequest: AbortController | null = null;

/** After a zoom, the outlines again as detailed as the new zoom shows (cached by the browser), arrows ending on them. */
function refreshOutlines(): void {
  if (tiles) { tiles.zoomed(); return; }
  const zoom = outlineZoom(map.getView().getZoom() ?? 0);
  if (areaKeys.length === 0 || zoom === outlinesZoom) return;
  outlinesZoom = zoom;
  outlinesRequest?.abort();
  const current = (outlinesRequest = new AbortController());
  api.placeOutlines(areaKeys, zoom, current.signal)
    .then((features) => {
      if (current.signal.aborted) return;
      movements.setOutlines(toOutlines(features));
      applyRange(time.value);
    })
    .catch((e: Error) => { if (e.name !== 'AbortError') say(`Could not outline the areas movements go to: ${e.message}`); });
}
map.on('moveend', refreshOutlines);

async function loadMovements(first: boolean): Promise<void> {
  say('Loading movements…');
  try {
    // The first load's summary was asked for by boot.ts, before this module was loaded.
    const summary = await (first ? firstSummary : tileSummary());
    if (tiles || summary.movements > listUpTo) {
      showTiles(summary, first);
      return;
    }
    const features = await api.allMovements({});
    // The countries and regions movements go to are drawn as their outlines (areas.ts); without an answer, at their points.
    areaKeys = [...new Set(features.map((f) => f.properties.destination).filter((d) => d?.area).map((d) => d!.key))];
    outlinesZoom = outlineZoom(map.getView().getZoom() ?? 0);
    outlinesRequest?.abort();
    const outlines = areaKeys.length
      ? await api.placeOutlines(areaKeys, outlinesZoom).then(toOutlines).catch((e: Error) => { say(`Could not outline the areas movements go to: ${e.message}`); return new globalThis.Map<string, AreaOutline>(); })
      : new globalThis.Map<string, AreaOutline>();
    performance.mark('geomap:movements-fetched');
    // Colours are assigned for every actor loaded, not only those shown: an actor keeps its colour while the range moves.
    setMapActors(features.map((f) => f.properties.actor));
    movements.load(toFeatures(features), outlines);
    const span = movements.span();
    setLabelSpan(span?.from ?? null, span?.to ?? null);
    if (span) time.setSpan(span);
    if (first && span && (!state.from || !state.to)) {
      time.set({ from: Math.floor(span.from / day) * day, to: Math.floor(span.to / day) * day + day - 1 });
    } else {
      applyRange(time.value);
    }
    if (first && !state.center && movements.shown().length) {
      map.getView().fit(movements.movementSource.getExtent()!, { padding: [80, 80, 80, 80], maxZoom: 8 });
    }
    refreshTimeline();
    say(`${features.length} movements loaded.`);
    map.once('rendercomplete', rendered);
    map.render();
  } catch (e) {
    say(`Could not load movements: ${(e as Error).message}`);
    // The range applied to what there is (nothing listed), as a load would have.
    if (first) applyRange(time.value);
    document.body.dataset.ready = 'error';
    letTimelineCount();
  }
}

/** Draws the movements as tiles from now on (more than {@link listUpTo}), or refreshes them after a new report. */
function showTiles(summary: TileSummary, first: boolean): void {
  tileTotal = summary.movements;
  // As list mode: colours for every actor stored (the summary without a range), assigned once here, so that no two
  // actors of the map share one and an actor keeps its colour while tiles load and the range moves.
  setMapActors(summary.actors);
  if (!tiles) {
    tiles = new MovementTiles(summary.detailzoom, time.value, drawWorker, { outlines: movements.areaOutlines, viewZoom: () => map.getView().getZoom() ?? 0, say, readAhead: firstFlowTiles });
    map.addLayer(tiles.flowImageLayer);
    map.addLayer(tiles.detailLayer);
    movements.load([]);
    // Nothing is listed from now on: the listed movements' worker image would be an empty one, whose drawing (a
    // canvas of 1.5 times the view cleared and sent, ~50 ms in software) came before the flows' in the worker's queue
    // and delayed the first render (bench/client, 2026-12-04).
    movements.movementLayer.setVisible(false);
    // After the frame's other listeners (the first-render mark among them): the destination areas' outlines and the
    // legend follow the map drawn.
    map.on('rendercomplete', () => window.setTimeout(() => { if (tiles) { tiles.outlineAreasInView(map); showLegend(); } }));
  } else {
    tiles.refresh();
  }
  performance.mark('geomap:movements-fetched');
  setLabelSpan(summary.from ? Date.parse(summary.from) : null, summary.to ? Date.parse(summary.to) : null);
  if (summary.from && summary.to) {
    const span = { from: Date.parse(summary.from), to: Date.parse(summary.to) };
    time.setSpan(span);
    if (first && (!state.from || !state.to)) time.set({ from: Math.floor(span.from / day) * day, to: Math.floor(span.to / day) * day + day - 1 });
    else applyRange(time.value);
  } else {
    applyRange(time.value);
  }
  if (first) {
    // The map's size now (the first frame comes after this, with the tiles of this view), not its size when it was made.
    map.updateSize();
  }
  if (first && !state.center) {
    map.getView().fit(transformExtent(summary.bounds, 'EPSG:4326', 'EPSG:3857'), { padding: [80, 80, 80, 80], maxZoom: 8 });
  }
  refreshTimeline();
  say(`${summary.movements} movements: drawn from tiles of what is in view.`);
  map.once('rendercomplete', rendered);
  map.render();
}

/** The first load of the movements (it never rejects: a failure is said in the status line). */
const firstLoad = loadMovements(true);
void firstLoad.then(async () => {
  // What the shared link shows beyond the view: the movement it had open and the area it had queried.
  if (state.selected !== undefined) openMovement(state.selected);
  const area = state.queryRegion ? { region: state.queryRegion } : state.queryPolygon ? { polygon: state.queryPolygon } : null;
  restored = true;
  writeUrl();
  if (area) await regionQuery.restore(area);
});
// Said once the first load has said its own (it would write over this).
void Promise.all([firstLoad, drawWorker.failed]).then(([, message]) => say(`The map's drawing worker did not start (${message}): the basemap and the arrows it draws are missing. Reload the page to try again.`));
void overlays.load(state.overlays).then(() => writeUrl()).catch((e: Error) => say(`Could not load overlays: ${e.message}`));
void photos.load().catch((e: Error) => say(`Could not load photos: ${e.message}`));

/** A handle for tests and benchmarks: what is loaded and shown, without reaching into the DOM. */
declare global {
  interface Window {
    geomap: {
      map: Map;
      shownIds(): number[];
      range(): TimeRange;
      pixelOf(lon: number, lat: number): [number, number];
      placeLabelSides(): Record<string, string | null>;
      /** The loaded movement with this id as the map has it, or null. */
      movement(id: number): MovementSummary | null;
      /** The strength and date labels long enough to draw at this zoom (list mode, or tiles at detail zooms), by movement id. */
      strengthLabels(): Record<number, string>;
      /** The label rule itself (strengthLabels.ts), for the table of cases GeoMap.Rendering is tested on too. */
      movementLabel: typeof movementLabel;
      labelsWithYear: typeof labelsWithYear;
      /** In tile mode at detail zooms, the places in view by name: whether each is a country or region. */
      tilePlaces(): Record<string, boolean>;
      /** In tile mode below the detail zoom, the flow lines the worker draws in view: actor, count and middle (pixel). */
      flowLines(): { actor: string | null; count: number; pixel: [number, number] }[];
      /** In tile mode below the detail zoom, the counts written beside large flows' heads in view, largest first, and where. */
      flowCounts(): { count: number; pixel: [number, number] }[];
      /** Selects a movement and opens its details, as a click on it does. */
      openMovement(id: number): void;
      /** A map coordinate (EPSG:3857) as lon/lat. */
      lonLatOf(coordinate: number[]): number[];
      /** The keys of the countries and regions outlined as destinations (in tile mode, of the movements in view). */
      outlinedAreas(): string[];
      /**
       * Where a shown movement's arrow is drawn (lon/lat, origin first), or null when not drawn as an arrow; in tile mode
       * at detail zooms, the vertices of its pieces in the tiles in view.
       */
      drawnRoute(id: number): number[][] | null;
      /** The colours mapStyle gives these actors on one map (the twin of GeoMap.Rendering's ActorPalette). */
      assignColours(actors: (string | null)[]): globalThis.Map<string, string>;
      /** The order the legend lists these actors in (mapStyle's legendOrder, the twin of ActorPalette.LegendOrder). */
      legendOrder(actors: (string | null)[]): (string | null)[];
    };
  }
}
window.geomap = {
  map,
  shownIds: () => (tiles ? tiles.shownIds(map) : movements.shown().map((f) => Number(f.getId())).sort((a, b) => a - b)),
  range: () => time.value,
  placeLabelSides: () => movements.placeLabels.sides(map.getView().getResolution()!),
  movement: (id) => (movements.loaded().find((f) => f.getId() === id)?.get('movement') as MovementSummary | undefined) ?? null,
  openMovement,
  lonLatOf: (coordinate) => toLonLat(coordinate),
  outlinedAreas: () => movements.areaOutlines.keys(),
  assignColours,
  legendOrder,
  drawnRoute: (id) => {
    if (tiles) return tiles.routeInView(map, id)?.map((p) => toLonLat(p)) ?? null;
    const f = movements.shown().find((x) => x.getId() === id);
    if (!f || f.get('areaOnly') === true) return null;
    const g = f.getGeometry() as Geometry & { getCoordinates(): number[] | number[][] };
    const c = g.getCoordinates();
    return (typeof c[0] === 'number' ? [c as number[]] : (c as number[][])).map((p) => toLonLat(p));
  },
  strengthLabels: () => (tiles ? tiles.strengthLabelsInView(map) : movements.strengthLabels.shownAt(map.getView().getResolution()!)),
  movementLabel,
  labelsWithYear,
  tilePlaces: () => (tiles ? tiles.placesInView(map) : {}),
  flowLines: () => (tiles ? tiles.flowLinesInView(map) : []),
  flowCounts: () => (tiles ? tiles.flowCountsInView(map) : []),
  pixelOf: (lon, lat) => {
    const p = map.getPixelFromCoordinate(fromLonLat([lon, lat]));
    return [p[0]!, p[1]!];
  },
};
