// Thin fetch wrappers over GeoMap.Server's JSON API. Errors become ApiError with the problem's detail.
import { apiKey } from './apiKey';
import type { ClaimInfo, EditInfo, FeatureCollection, MovementInfo, MovementSummary, NearCollection, OverlayInfo, Feature, PhotoInfo, PlaceHit, Problem, RegionInfo, ReportDetails, TimelineBucket, TimelineInfo } from './types';

/** An HTTP error with the server's problem details. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function fail(response: Response): Promise<never> {
  let message = `${response.status} ${response.statusText}`;
  try {
    const problem = (await response.json()) as Problem;
    message = problem.detail ?? problem.title ?? message;
  } catch {
    // Not JSON: keep the status line.
  }
  if (response.status === 401) message = `${message} Enter an API key with the analyst role at the top right.`;
  throw new ApiError(response.status, message);
}

function headers(write: boolean, extra?: Record<string, string>): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json, application/geo+json', ...extra };
  // Read for writes only: the page's first reading of localStorage waited 15 ms on the main thread while the map
  // started (bench/client --diagnose-load, 2026-12-05), and reads send no key.
  const key = write ? apiKey() : null;
  if (key) h['X-Api-Key'] = key;
  return h;
}

/** GET a JSON document. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: headers(false), signal: signal ?? null });
  if (!response.ok) return fail(response);
  return (await response.json()) as T;
}

/** Sends JSON with the API key (and any extra headers, such as If-Match). */
export async function sendJson<T>(method: string, url: string, body: unknown, extra?: Record<string, string>): Promise<T> {
  const response = await fetch(url, { method, headers: headers(true, { 'Content-Type': 'application/json', ...extra }), body: JSON.stringify(body) });
  if (!response.ok) return fail(response);
  return (await response.json()) as T;
}

/** Query parameters of /api/movements. */
export interface MovementQuery {
  bbox?: string;
  region?: string;
  geometry?: string;
  from?: string;
  to?: string;
}

/** The URL of a movement query, in any of the server's formats (every field unless view is 'map'). */
export function movementsUrl(query: MovementQuery, format?: 'csv' | 'geojson', limit = 10000, view?: 'map'): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) p.set(k, v);
  p.set('limit', String(limit));
  if (format) p.set('format', format);
  if (view) p.set('view', view);
  return `/api/movements?${p.toString()}`;
}

/**
 * Every movement matching the query as the map draws and lists it (view=map: 6.4 MB instead of 11.2 MB for
 * bench/client's 10,000 movements), following the server's next links (at most maxPages pages). {@link movement}
 * has the rest.
 */
export async function allMovements(query: MovementQuery, signal?: AbortSignal, maxPages = 20): Promise<Feature<MovementSummary>[]> {
  const features: Feature<MovementSummary>[] = [];
  let url: string | null | undefined = movementsUrl(query, undefined, 10000, 'map');
  for (let page = 0; url && page < maxPages; page++) {
    const fc: FeatureCollection<MovementSummary> = await getJson<FeatureCollection<MovementSummary>>(url, signal);
    features.push(...fc.features);
    url = fc.next ? new URL(fc.next, location.href).pathname + new URL(fc.next, location.href).search : null;
  }
  return features;
}

/** The outlines of those of these places that are countries or regions with a known outline (feature ids are the keys), as detailed as a map at `zoom` shows. */
export async function placeOutlines(keys: readonly string[], zoom: number, signal?: AbortSignal): Promise<Feature<Record<string, never>>[]> {
  const out: Feature<Record<string, never>>[] = [];
  // The server takes at most 100 keys a request; it simplifies each outline for the map's (whole) zoom.
  for (let i = 0; i < keys.length; i += 100) {
    const fc = await getJson<FeatureCollection<Record<string, never>>>(`/api/places/outlines?keys=${encodeURIComponent(keys.slice(i, i + 100).join(','))}&zoom=${zoom}`, signal);
    out.push(...fc.features);
  }
  return out;
}

/** How many movements matching the query begin in each bucket (the timeline's bars). */
export function timeline(query: MovementQuery, bucket: TimelineBucket, signal?: AbortSignal): Promise<TimelineInfo> {
  const p = new URLSearchParams({ bucket });
  for (const [k, v] of Object.entries(query)) if (v) p.set(k, v);
  return getJson(`/api/movements/timeline?${p.toString()}`, signal);
}

/** One movement with every field. */
export function movement(id: number, signal?: AbortSignal): Promise<Feature<MovementInfo>> {
  return getJson(`/api/movements/${id}`, signal);
}

/** The claims linked to a tracked movement, with their reports. */
export function claims(id: number, signal?: AbortSignal): Promise<FeatureCollection<ClaimInfo>> {
  return getJson(`/api/movements/${id}/claims`, signal);
}

/** Overlays, optionally those intersecting a box and acquired between two dates. */
export function overlays(filter: { bbox?: string; from?: string; to?: string } = {}): Promise<FeatureCollection<OverlayInfo>> {
  const p = new URLSearchParams({ limit: '1000' });
  for (const [k, v] of Object.entries(filter)) if (v) p.set(k, v);
  return getJson(`/api/overlays?${p.toString()}`);
}

/** One overlay (its status while it is tiled). */
export function overlay(id: string): Promise<Feature<OverlayInfo>> {
  return getJson(`/api/overlays/${encodeURIComponent(id)}`);
}

/** Uploads an overlay (multipart); the answer is 202 with the processing overlay. */
export async function uploadOverlay(form: FormData): Promise<OverlayInfo> {
  const response = await fetch('/api/overlays', { method: 'POST', headers: headers(true), body: form });
  if (!response.ok) return fail(response);
  return (await response.json()) as OverlayInfo;
}

/** The stored photos (at most 10,000), placed or not. */
export function photos(): Promise<FeatureCollection<PhotoInfo>> {
  return getJson('/api/photos?limit=10000');
}

/** One photo with the movements near it and its near-duplicates. */
export function photo(id: number): Promise<Feature<PhotoInfo>> {
  return getJson(`/api/photos/${id}`);
}

/** The photos near a movement in space and time (the server's rule, the one of its overlays). */
export function movementPhotos(id: number, signal?: AbortSignal): Promise<NearCollection<PhotoInfo>> {
  return getJson(`/api/movements/${id}/photos`, signal);
}

/** The ready overlays near a movement in space and time, or in space alone at any time (the swipe's before and after). */
export function movementOverlays(id: number, time: 'near' | 'any' = 'near', signal?: AbortSignal): Promise<NearCollection<OverlayInfo>> {
  return getJson(`/api/movements/${id}/overlays${time === 'any' ? '?time=any' : ''}`, signal);
}

/** A file of an upload that was refused, and why. */
export interface RefusedFile { fileName: string; status: number; detail: string }

/** Uploads photos (multipart, each in a field 'file'); the stored photos, a duplicate marked, and the files refused. */
export async function uploadPhotos(files: readonly File[]): Promise<FeatureCollection<PhotoInfo> & { refused?: RefusedFile[] }> {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  const response = await fetch('/api/photos', { method: 'POST', headers: headers(true), body: form });
  if (!response.ok) return fail(response);
  return (await response.json()) as FeatureCollection<PhotoInfo> & { refused?: RefusedFile[] };
}

/** Places a photo: at coordinates, or at a place named by its name; the analyst is recorded by the key. */
export function placePhoto(id: number, where: { lon: number; lat: number } | { place: string }): Promise<Feature<PhotoInfo>> {
  return sendJson('PATCH', `/api/photos/${id}`, { ...where, source: 'analyst' });
}

/** Places named q or beginning with it: the whole gazetteer (any language) and the stored places. */
export async function searchPlaces(q: string, limit = 15): Promise<PlaceHit[]> {
  const fc = await getJson<FeatureCollection<PlaceHit>>(`/api/places?q=${encodeURIComponent(q)}&limit=${limit}`);
  return fc.features.map((f) => f.properties);
}

/** A movement with every field and its version (the ETag), which an edit sends back so that a newer change is never undone. */
export async function movementForEdit(id: number): Promise<{ movement: Feature<MovementInfo>; version: string | null }> {
  const response = await fetch(`/api/movements/${id}`, { headers: headers(false) });
  if (!response.ok) return fail(response);
  return { movement: (await response.json()) as Feature<MovementInfo>, version: response.headers.get('ETag') };
}

/** Corrects fields of a movement; refused (412) when it changed since {@link movementForEdit} read it. */
export function patchMovement(id: number, body: Record<string, unknown>, version: string | null): Promise<Feature<MovementInfo>> {
  return sendJson('PATCH', `/api/movements/${id}`, body, version ? { 'If-Match': version } : undefined);
}

/** Adds a movement by hand. */
export function addMovement(body: Record<string, unknown>): Promise<Feature<MovementInfo>> {
  return sendJson('POST', '/api/movements', body);
}

/** Deletes a movement, saying why; refused (412) when it changed since it was read. */
export async function deleteMovement(id: number, reason: string, version: string | null): Promise<void> {
  const p = reason ? `?reason=${encodeURIComponent(reason)}` : '';
  const response = await fetch(`/api/movements/${id}${p}`, { method: 'DELETE', headers: headers(true, version ? { 'If-Match': version } : {}) });
  if (!response.ok) return fail(response);
}

/** The history of a movement: who, when, why, and each field as old -> new. */
export async function edits(id: number, signal?: AbortSignal): Promise<EditInfo[]> {
  return (await getJson<{ edits: EditInfo[] }>(`/api/movements/${id}/edits`, signal)).edits;
}

/** Countries and first-level regions resembling q, in any language. */
export function searchRegions(q: string): Promise<RegionInfo[]> {
  return getJson(`/api/regions?q=${encodeURIComponent(q)}&limit=15`);
}

/** A report with its mentions and movements. */
export function report(id: number): Promise<ReportDetails> {
  return getJson(`/api/reports/${id}`);
}

/** A report submission. */
export interface ReportSubmission {
  text: string;
  publishedAt: string;
  url?: string;
  source?: string;
  language?: string;
}

/** Extracts (dryRun) or extracts and stores a report. */
export function submitReport(submission: ReportSubmission, dryRun: boolean): Promise<ReportDetails> {
  return sendJson('POST', `/api/reports${dryRun ? '?dryRun=true' : ''}`, submission);
}

/** Corrects what one report says (a claim of a tracked movement). */
export function patchClaim(movementId: number, claimId: number, body: Record<string, unknown>): Promise<Feature<MovementInfo>> {
  return sendJson('PATCH', `/api/movements/${movementId}/claims/${claimId}`, body);
}


/** A news feed GeoMap polls for reports, with the state of its polling (/api/sources). */
export interface SourceInfo {
  id: number;
  url: string;
  title: string | null;
  format: string | null;
  state: 'active' | 'paused';
  intervalSeconds: number;
  language: string | null;
  source: string | null;
  lastPolledAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  failures: number;
  nextPollAt: string | null;
  itemsSeen: number;
  reportsStored: number;
  createdBy: string;
  createdAt: string;
}

/** Every feed. */
export function sources(): Promise<SourceInfo[]> {
  return getJson<SourceInfo[]>('/api/sources');
}

/** Adds a feed (or answers the one already following this address). */
export function addSource(body: { url: string; title?: string; intervalSeconds?: number; language?: string; source?: string }): Promise<SourceInfo> {
  return sendJson<SourceInfo>('POST', '/api/sources', body);
}

/** Pauses or resumes a feed. */
export function setSourceState(id: number, state: 'active' | 'paused'): Promise<SourceInfo> {
  return sendJson<SourceInfo>('PATCH', `/api/sources/${id}`, { state });
}

/** Polls a feed now. */
export function pollSource(id: number): Promise<SourceInfo> {
  return sendJson<SourceInfo>('POST', `/api/sources/${id}/poll`, {});
}

/** Forgets a feed (its reports stay). */
export async function deleteSource(id: number): Promise<void> {
  const response = await fetch(`/api/sources/${id}`, { method: 'DELETE', headers: headers(true) });
  if (!response.ok) await fail(response);
}
