// The shareable view in the URL's query string: centre, zoom, time range, visible overlays, the selected movement, the
// region query's area (and the optional online basemap). Written with history.replaceState so moving the map never
// adds history entries.

/** What the URL keeps. */
export interface ViewState {
  center?: [number, number];
  zoom?: number;
  from?: string;
  to?: string;
  overlays: string[];
  basemap?: string;
  /** The movement whose details are open. */
  selected?: number;
  /** The region query's area: a country or region code, or a drawn polygon's ring (lon, lat; closed or not). */
  queryRegion?: string;
  queryPolygon?: [number, number][];
}

/** Reads the state from a query string. */
export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const state: ViewState = { overlays: (p.get('o') ?? '').split(',').filter((s) => s.length > 0) };
  const c = (p.get('c') ?? '').split(',').map(Number);
  if (c.length === 2 && c.every(Number.isFinite) && Math.abs(c[0]!) <= 180 && Math.abs(c[1]!) <= 90) state.center = [c[0]!, c[1]!];
  const z = Number(p.get('z'));
  if (p.has('z') && Number.isFinite(z) && z >= 0 && z <= 22) state.zoom = z;
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (date.test(p.get('from') ?? '')) state.from = p.get('from')!;
  if (date.test(p.get('to') ?? '')) state.to = p.get('to')!;
  const basemap = p.get('basemap');
  if (basemap && /^https?:\/\//.test(basemap)) state.basemap = basemap;
  const m = Number(p.get('m'));
  if (p.has('m') && Number.isSafeInteger(m) && m > 0) state.selected = m;
  const region = p.get('qr');
  if (region && /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(region)) state.queryRegion = region.toUpperCase();
  const ring = (p.get('qg') ?? '').split(';').map((pair) => pair.split(',').map(Number));
  if (p.has('qg') && ring.length >= 3 && ring.every((c) => c.length === 2 && c.every(Number.isFinite) && Math.abs(c[0]!) <= 180 && Math.abs(c[1]!) <= 90)) {
    state.queryPolygon = ring.map((c) => [c[0]!, c[1]!]);
  }
  return state;
}

/** The query string of a state (centre and polygon corners to 4 decimals, zoom to 2). */
export function writeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.center) p.set('c', `${state.center[0].toFixed(4)},${state.center[1].toFixed(4)}`);
  if (state.zoom !== undefined) p.set('z', state.zoom.toFixed(2));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.overlays.length) p.set('o', state.overlays.join(','));
  if (state.basemap) p.set('basemap', state.basemap);
  if (state.selected !== undefined) p.set('m', String(state.selected));
  if (state.queryRegion) p.set('qr', state.queryRegion);
  if (state.queryPolygon) p.set('qg', state.queryPolygon.map(([x, y]) => `${Number(x.toFixed(4))},${Number(y.toFixed(4))}`).join(';'));
  return `?${p.toString().replace(/%2C/g, ',').replace(/%3B/g, ';')}`;
}

/** Replaces the current URL's query string. */
export function saveState(state: ViewState): void {
  const search = writeState(state);
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
}
