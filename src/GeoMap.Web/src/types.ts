// The JSON shapes of GeoMap.Server's API (src/GeoMap.Server/Json/FeatureWriter.cs), as the client reads them.

/** A place as movements list it for the map (/api/movements?view=map). */
export interface PlaceSummary {
  key: string;
  name: string;
  countryCode: string | null;
  /** True for a country or first-level region (only in the map view): named on the map, never marked like a town. */
  area?: boolean;
  lon: number;
  lat: number;
}

/** A place as embedded in full movements and in mentions. */
export interface PlaceInfo extends PlaceSummary {
  geonameId: number | null;
  admin1Code: string | null;
  kind: string;
  featureCode: string;
  population: number;
  /** Only on /api/places results: the stored place id, usable as {placeId} in movement edits. */
  id?: number;
}

/** A place found by /api/places?q=: a gazetteer or stored place, with what tells namesakes apart. */
export interface PlaceHit extends PlaceInfo {
  countryName: string | null;
  regionName: string | null;
  /** Whether a movement already uses it (then it has an id). */
  stored: boolean;
}

/** One change of a movement's history (/api/movements/{id}/edits). */
export interface EditInfo {
  id: number;
  action: 'create' | 'update' | 'delete' | 'link' | 'merge' | 'split' | 'confirm' | 'dismiss';
  editedBy: string;
  editedAt: string;
  reason: string | null;
  note?: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

/** A strength: an exact number or a range, with the words of the report. */
export interface Strength {
  min: number | null;
  max: number | null;
  text: string;
}

/** What the map draws and lists of a movement (/api/movements?view=map). */
export interface MovementSummary {
  id: number;
  actor: string | null;
  strength: Strength | null;
  status: string;
  mode: string;
  /** deployment, withdrawal, advance, transit or unknown. */
  kind?: string;
  origin: PlaceSummary | null;
  via: PlaceSummary[];
  destination: PlaceSummary | null;
  start: string | null;
  end: string | null;
  /** How precisely the report stated the time: hour, day, week, month, year, or unknown (guessed around publication). */
  timePrecision?: string;
  /** How many claims (reports' statements) are linked to this tracked movement. */
  claimCount: number;
  /** How many independent sources those claims come from (copies of one wire count once). */
  sourceCount: number;
  /** Where the claims disagree. */
  flags: Contradiction[];
}

/** A disagreement between the claims of a tracked movement. */
export interface Contradiction {
  kind: 'strength' | 'destination' | 'status';
  detail: string;
  signature: string;
  state: 'open' | 'confirmed' | 'dismissed';
}

/** One claim of a tracked movement (/api/movements/{id}/claims): the movement as one report states it. */
export interface ClaimInfo {
  claimId: number;
  movementId: number;
  reportId: number | null;
  strength: Strength | null;
  status: string;
  destination: PlaceInfo | null;
  start: string | null;
  end: string | null;
  /** Who claims it (else the outlet, else the report); null when nothing names a source (a claim entered by hand). */
  source: string | null;
  sentence: string;
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  copyOfReportId: number | null;
  linkReason: string | null;
}

/** The properties of a movement feature in full (/api/movements/{id}, reports, ingest). */
export interface MovementInfo extends MovementSummary {
  reportId: number | null;
  actorCountry: string | null;
  unit: string | null;
  origin: PlaceInfo | null;
  via: PlaceInfo[];
  destination: PlaceInfo | null;
  timePrecision: string;
  claimedBy: string | null;
  claimedByCountry: string | null;
  sentence: string;
  confidence: number;
}

/** A GeoJSON geometry as the server writes it. */
export interface Geometry {
  type: string;
  coordinates: unknown;
}

/** A GeoJSON feature. */
export interface Feature<P> {
  type: 'Feature';
  id?: number | string;
  geometry: Geometry | null;
  properties: P;
}

/** A GeoJSON feature collection, with GeoMap's paging link. */
export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  features: Feature<P>[];
  next?: string | null;
}

/** The margins by which the server chose a movement's photos or overlays (days null: at any time). */
export interface Nearness {
  km: number;
  days: number | null;
}

/** A movement's photos or overlays, with the margins they were chosen by. */
export interface NearCollection<P> extends FeatureCollection<P> {
  near: Nearness;
}

/** An overlay's properties. */
export interface OverlayInfo {
  id: string;
  title: string;
  source: string | null;
  caption: string | null;
  acquiredAt: string | null;
  reportId: number | null;
  status: 'processing' | 'ready' | 'failed';
  progress: number;
  failureReason: string | null;
  minZoom: number;
  maxZoom: number;
  tiles: string | null;
  /** The whole footprint as a 256 px PNG, once ready. */
  quicklook: string | null;
}

/** A mention of a place in a report. */
export interface MentionInfo {
  surface: string;
  start: number;
  end: number;
  confidence: number;
  place: PlaceInfo | null;
}

/** A report's fields. */
export interface ReportInfo {
  id: number;
  url: string | null;
  language: string | null;
  publishedAt: string | null;
  source: string | null;
  contentHash: string;
  text?: string;
}

/** The answer of POST /api/reports (dry run or stored) and GET /api/reports/{id}. */
export interface ReportDetails {
  dryRun?: boolean;
  created?: boolean;
  report: ReportInfo;
  mentions: MentionInfo[];
  movements: FeatureCollection<MovementInfo>;
}

/** A country or first-level region match of /api/regions. */
export interface RegionInfo {
  code: string;
  kind: 'country' | 'admin1';
  name: string;
  countryCode: string;
  matchedName: string;
}

/** An RFC 7807 problem. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
}

/** The length of one bar of the timeline. */
export type TimelineBucket = 'day' | 'week' | 'month';

/** GET /api/movements/timeline: movements beginning per bucket, oldest first, only buckets with some. */
export interface TimelineInfo {
  bucket: TimelineBucket;
  counts: { start: string; count: number }[];
  undated: number;
}

/** A ground photo (GET /api/photos). */
export interface PhotoInfo {
  id: number;
  fileName: string | null;
  takenAt: string | null;
  takenAtAnchored: boolean;
  bearing: number | null;
  altitude: number | null;
  cameraMake: string | null;
  cameraModel: string | null;
  positionSource: 'none' | 'camera' | 'analyst' | 'report';
  placedBy: string | null;
  placedAt: string | null;
  placeName: string | null;
  caption: string | null;
  uploader: string | null;
  width: number;
  height: number;
  thumbnail: string;
  screen: string;
  duplicate?: boolean;
  nearDuplicates?: { id: number; bits: number }[];
  movements?: { id: number; actor: string | null; distanceKm: number }[];
}
