// Tile mode's movements to a country or region, drawn as list mode draws them (areas.ts): the arrow ends where its
// route first meets the area's outline, the area is outlined under the arrows, a movement starting inside the area (or
// known by it only) is shown by the outline alone, and a click inside the outline opens the area's place.
//
// A detail tile sends each such movement in its layer `toareas` (MovementTileRepository): its area (`area`, the place
// key; `areaname`) and the route's last stretch in EPSG:3857 (`fx`/`fy`, the last place before the area, absent when
// the area is all that is known; `tx`/`ty`, the area's point; `bow`, a stacked route's curve, as fan.ts bows it), the
// stretch its geometry, in every tile within 32 px of it; its other layers are as any movement's (the line only the
// rest of a route through via places). The movements are noted by id as tiles load; the stretch is cut here, on the
// outline the map draws (asked for the view's zoom, as list mode asks), in EPSG:3857 where the tiles draw it straight
// or bowed, so that its end lies on both the drawn route and the drawn edge; every tile holding the stretch draws it
// whole with its head, each keeping what falls in its own image, and the movement's features in the other layers
// give way (its last head, or all of them when the outline alone shows it).
//
// Below the detail zoom nothing is outlined: a flow runs between grid cells and stands for movements to towns and
// areas alike, so its head is at a cell, not at an area; a click on it zooms in to where the areas are drawn.
import type { FeatureLike } from 'ol/Feature';
import { fromLonLat, toLonLat } from 'ol/proj';
import * as api from './api';
import { inside, outlineZoom, routeToEdge, toOutlines, type AreaMovement, type AreaOutline, type AreaOutlines } from './areas';
import { bowed } from './fan';

/** How a movement to an area is drawn now. */
export type AreaDrawing =
  /** Not to an outlined area (an area without a known outline keeps its arrow to its point): as the tile has it. */
  | { kind: 'tiled' }
  /** To an area whose outline is being asked for: not drawn until it has come, rather than drawn into the area. */
  | { kind: 'waiting' }
  /** Shown by the area's outline alone: it starts inside the area, or the area is all that is known of it. */
  | { kind: 'outline' }
  /** Its last stretch up to the edge (EPSG:3857, the edge's point last) and the direction it arrives in there. */
  | { kind: 'edge'; route: [number, number][]; angle: number };

const tiled: AreaDrawing = { kind: 'tiled' };
const waiting: AreaDrawing = { kind: 'waiting' };
const outlineAlone: AreaDrawing = { kind: 'outline' };

/** A number the tile wrote (the stretch's coordinates are float8, never PostGIS's numeric strings), or null. */
function coordinate(f: FeatureLike, name: string): number | null {
  const v = f.get(name) as unknown;
  return typeof v === 'number' ? v : null;
}

/** What a `toareas` feature says of its movement: the area and the route's last stretch (EPSG:3857). */
interface AreaRoute {
  key: string;
  from: [number, number] | null;
  to: [number, number];
  /** The curve of a stacked route, which depends on the tile's zoom. */
  bow: number | null;
}

/** The area route of a `toareas` feature, or null. */
function routeOf(f: FeatureLike): AreaRoute | null {
  const key = f.get('area') as unknown;
  const tx = coordinate(f, 'tx'), ty = coordinate(f, 'ty');
  if (f.get('layer') !== 'toareas' || typeof key !== 'string' || tx === null || ty === null) return null;
  const fx = coordinate(f, 'fx'), fy = coordinate(f, 'fy');
  return { key, from: fx === null || fy === null ? null : [fx, fy], to: [tx, ty], bow: coordinate(f, 'bow') };
}

/** The outlines of the areas the detail tiles' movements go to, and how those movements are drawn to them. */
export class TileAreas {
  /** The outlines known, by place key, and the zoom each was asked at. */
  private readonly outlines = new Map<string, AreaOutline>();
  private readonly askedAt = new Map<string, number>();
  /** The keys whose outline has been answered (with an outline or without one). */
  private readonly answered = new Set<string>();
  private readonly mercator = new WeakMap<AreaOutline, number[][][]>();
  /** The movements to an area the loaded tiles hold, by id. */
  private readonly routes = new Map<number, AreaRoute>();
  /** How each movement to an outlined area is drawn, by id and bow, until the outlines change. */
  private readonly drawings = new Map<string, AreaDrawing>();
  private timer: number | undefined;
  /** Counts the answers taken, so that the outlines shown follow a new answer for the same areas. */
  private version = 0;
  private shown = '';

  /**
   * @param layer The outline layer list mode draws too (its hit rule is both modes').
   * @param viewZoom The map view's zoom now.
   * @param redraw Draws the detail tiles again (the outlines changed).
   * @param say Tells the analyst what went wrong.
   */
  constructor(
    private readonly layer: AreaOutlines,
    private readonly viewZoom: () => number,
    private readonly redraw: () => void,
    private readonly say: (message: string) => void,
  ) {}

  /** Notes the movements to an area of a loaded tile: the outlines of their areas are asked for (soon, with the others noted). */
  note(features: readonly FeatureLike[]): void {
    let fresh = false;
    let hidden = false;
    for (const f of features) {
      const route = routeOf(f);
      const id = coordinate(f, 'movement');
      if (!route || id === null) continue;
      const known = this.routes.get(id);
      // Known as it is (every tile of a route holds it; the bow is each tile's own); an edited movement's tiles come
      // again with its new route.
      if (known && known.key === route.key && known.from?.[0] === route.from?.[0] && known.from?.[1] === route.from?.[1]
        && known.to[0] === route.to[0] && known.to[1] === route.to[1]) continue;
      this.routes.set(id, route);
      if (known) for (const k of [...this.drawings.keys()].filter((k) => k.startsWith(`${id}|`))) this.drawings.delete(k);
      if (!this.askedAt.has(route.key)) {
        this.askedAt.set(route.key, -1);
        fresh = true;
      }
      // A route through via places shown by the outline alone has pieces and heads in tiles drawn before this one.
      else if (route.from && this.drawing(id).kind === 'outline') hidden = true;
    }
    if (fresh) this.askSoon();
    if (hidden) this.redraw();
  }

  /** Forgets the movements noted (the tiles are fetched again); the outlines are kept. */
  forget(): void {
    this.routes.clear();
    this.drawings.clear();
  }

  /** Whether any loaded tile holds a movement to an area (else every feature is drawn as its tile has it). */
  any(): boolean {
    return this.routes.size > 0;
  }

  /** After a zoom: the outlines again, as detailed as the new zoom shows (the browser keeps each answer an hour). */
  zoomed(): void {
    const zoom = outlineZoom(this.viewZoom());
    if ([...this.askedAt.values()].some((z) => z !== zoom)) this.askSoon();
  }

  private askSoon(): void {
    this.timer ??= window.setTimeout(() => {
      this.timer = undefined;
      this.ask();
    });
  }

  private ask(): void {
    const zoom = outlineZoom(this.viewZoom());
    const keys = [...this.askedAt].filter(([, z]) => z !== zoom).map(([key]) => key).sort();
    if (!keys.length) return;
    for (const key of keys) this.askedAt.set(key, zoom);
    api.placeOutlines(keys, zoom)
      .then((features) => {
        const found = toOutlines(features);
        // An older zoom's answer arriving after a newer one is dropped.
        for (const key of keys.filter((k) => this.askedAt.get(k) === zoom)) {
          const outline = found.get(key);
          if (outline) this.outlines.set(key, outline);
          else this.outlines.delete(key);
          this.answered.add(key);
        }
      })
      .catch((e: Error) => {
        // Without an outline the arrows run to the areas' points, as before outlines existed.
        for (const key of keys) this.answered.add(key);
        this.say(`Could not outline the areas movements go to: ${e.message}`);
      })
      .finally(() => {
        this.version++;
        this.drawings.clear();
        this.redraw();
      });
  }

  /**
   * How a movement (by id) of the detail tiles is drawn: see {@link AreaDrawing}; for its `toareas` feature `own`, by
   * that feature's own stretch (a stacked route's curve is its tile's).
   */
  drawing(id: number, own?: FeatureLike): AreaDrawing {
    const route = (own && routeOf(own)) ?? this.routes.get(id);
    if (!route) return tiled;
    if (!this.answered.has(route.key)) return waiting;
    const outline = this.outlines.get(route.key);
    if (!outline) return tiled;
    const key = `${id}|${route.bow ?? 0}`;
    let drawing = this.drawings.get(key);
    if (!drawing) {
      drawing = this.toEdge(route, this.mercatorRings(outline));
      this.drawings.set(key, drawing);
    }
    return drawing;
  }

  private toEdge({ from, to, bow }: AreaRoute, rings: number[][][]): AreaDrawing {
    if (!from || inside(rings, from[0], from[1])) return outlineAlone;
    const route = routeToEdge(rings, bow ? bowed(from[0], from[1], to[0], to[1], bow) : [from, to]);
    const [a, b] = route.slice(-2) as [[number, number], [number, number]];
    return { kind: 'edge', route, angle: Math.atan2(b[1] - a[1], b[0] - a[0]) };
  }

  private mercatorRings(outline: AreaOutline): number[][][] {
    let rings = this.mercator.get(outline);
    if (!rings) {
      rings = outline.rings.map((ring) => ring.map((p) => fromLonLat(p)));
      this.mercator.set(outline, rings);
    }
    return rings;
  }

  /**
   * Outlines the areas the given movements go to (each a `toareas` feature of the detail tiles in view, in the range,
   * with its movement's id), in their colour as list mode does; nothing when none goes to an outlined area (flows, for one).
   */
  show(movements: Iterable<{ id: number; f: FeatureLike }>): void {
    const byId = new Map<number, AreaMovement>();
    for (const { id, f } of movements) {
      const key = f.get('area') as unknown;
      if (typeof key !== 'string' || byId.has(id) || !this.outlines.has(key)) continue;
      const [lon, lat] = toLonLat([coordinate(f, 'tx') ?? 0, coordinate(f, 'ty') ?? 0]) as [number, number];
      byId.set(id, {
        id,
        actor: (f.get('actor') as string | undefined) ?? null,
        status: (f.get('status') as string | undefined) ?? 'unknown',
        destination: { key, name: (f.get('areaname') as string | undefined) ?? key, countryCode: null, area: true, lon, lat },
      });
    }
    const list = [...byId.values()];
    // Only when what is outlined changes: a change draws the map again, whose end shows the areas again.
    const signature = `${this.version}:${list.map((m) => `${m.id}|${m.destination!.key}|${m.actor}|${m.status}`).sort().join(';')}`;
    if (signature === this.shown) return;
    this.shown = signature;
    this.layer.show(list, this.outlines);
  }
}
