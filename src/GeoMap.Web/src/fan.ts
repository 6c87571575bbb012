// Stacked movements fan out, by one rule with GeoMap.Rendering's MovementGeometry.Stacks and the tile SQL
// (MovementTileRepository): movements between the same two places with no via place, either way, are numbered 0, 1,
// 2... by id (then actor); the first runs straight, each further one bows out a further 0.12 of its length (up to the
// fifth), to the left of its own direction of travel, so a second claim along a route no longer hides under the first
// and a movement back along it bows away from the one out. Numbered among all the movements the map holds (every date),
// so that a route keeps its curve while the time range moves, as the tiles (which hold every date) draw it.
import LineString from 'ol/geom/LineString';
import type { MovementSummary } from './types';

/** How far each further movement of a stack bows out, as a share of its length (MovementGeometry.Bend). */
export const bend = 0.12;

/** The most extra bends of a stack (MovementGeometry.MaxFan): movements beyond share the last curve. */
export const maxFan = 4;

/** Each stacked movement's place in its stack (0 for the first and for movements stacked with none), by id. */
export function stacks(movements: readonly MovementSummary[]): Map<number, number> {
  const groups = new Map<string, MovementSummary[]>();
  for (const m of movements) {
    if (!m.origin || !m.destination || m.via.length) continue;
    const [a, b] = m.origin.key <= m.destination.key ? [m.origin.key, m.destination.key] : [m.destination.key, m.origin.key];
    const key = `${a}\u0000${b}`;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const result = new Map<number, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.id - b.id || ordinal(a.actor ?? '', b.actor ?? ''));
    group.forEach((m, i) => result.set(m.id, i));
  }
  return result;
}

function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A two-point route (EPSG:3857) bowed out for its place in a stack: a quadratic curve through 17 points whose control
 * point lies off the chord's middle by `bend x min(stack, maxFan) x length`, on the left of travel.
 */
export function fanned(line: LineString, stack: number): LineString {
  const flat = line.getFlatCoordinates();
  if (stack <= 0 || flat.length !== 4) return line;
  const [x0, y0, x1, y1] = flat as [number, number, number, number];
  if (x0 === x1 && y0 === y1) return line;
  return new LineString(bowed(x0, y0, x1, y1, bend * Math.min(stack, maxFan)));
}

/**
 * The 17 points of the quadratic curve from (x0, y0) to (x1, y1) whose control point lies off the chord's middle by
 * `k` times its length, on the left of travel: the tile SQL's curve (MovementTileRepository), where `k` is also held
 * to a few pixels of the tile's zoom and sent with a route to an area (tileAreas.ts).
 */
export function bowed(x0: number, y0: number, x1: number, y1: number, k: number): number[][] {
  const cx = x1 - x0, cy = y1 - y0;
  // In map units y points north; the renderer's normal (chord.y, -chord.x) in pixels (y down) is this one.
  const qx = x0 + cx / 2 - cy * k, qy = y0 + cy / 2 + cx * k;
  const points: number[][] = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps, u = 1 - t;
    points.push([u * u * x0 + 2 * u * t * qx + t * t * x1, u * u * y0 + 2 * u * t * qy + t * t * y1]);
  }
  return points;
}
