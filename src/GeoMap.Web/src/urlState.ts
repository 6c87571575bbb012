// The shareable view in the URL's query string: centre, zoom, time range, visible overlays (and the optional
// online basemap). Written with history.replaceState so moving the map never adds history entries.

/** What the URL keeps. */
export interface ViewState {
  center?: [number, number];
  zoom?: number;
  from?: string;
  to?: string;
  overlays: string[];
  basemap?: string;
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
  return state;
}

/** The query string of a state (centre to 4 decimals, zoom to 2). */
export function writeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.center) p.set('c', `${state.center[0].toFixed(4)},${state.center[1].toFixed(4)}`);
  if (state.zoom !== undefined) p.set('z', state.zoom.toFixed(2));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.overlays.length) p.set('o', state.overlays.join(','));
  if (state.basemap) p.set('basemap', state.basemap);
  return `?${p.toString().replace(/%2C/g, ',')}`;
}

/** Replaces the current URL's query string. */
export function saveState(state: ViewState): void {
  const search = writeState(state);
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
}
