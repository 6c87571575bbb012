// The map style as data: actor colours, width classes by strength, how each status is stroked. One file,
// data/style/map-style.json, read by this client and by GeoMap.Rendering (geomap render, /api/map.png), so that a
// briefing image and the screen draw a movement alike. Everything that draws or explains a movement asks here.
import style from '../../../data/style/map-style.json';
import type { Strength } from './types';

interface ActorEntry { name: string; side: string; colour: string; aliases: string[] }
interface StatusEntry { label: string; dash: number[] | null; head: 'filled' | 'open' }

/** A width class of the legend: the upper bound of strength (null: no bound), its label, its width in pixels. */
export interface WidthClass { upTo: number | null; label: string; width: number }

const actors = style.actors as ActorEntry[];
const reserve = style.reserve as string[];

/** The colour of movements whose actor is not known. */
export const unattributedColour: string = style.unattributed;

/** Width of an arrow whose strength is not given. */
export const unknownWidth: number = style.strength.unknownWidth;

/** The width classes, smallest first. */
export const widthClasses: readonly WidthClass[] = style.strength.classes as WidthClass[];

const statuses = style.status as Record<string, StatusEntry>;

function key(name: string): string {
  return name.trim().toLowerCase();
}

const fixed = new Map<string, string>();
for (const a of actors) for (const n of [a.name, ...a.aliases]) fixed.set(key(n), a.colour);

/** FNV-1a over the lower-cased UTF-8 bytes: the same slot GeoMap.Rendering computes for the same name. */
export function preferredSlot(actor: string): number {
  let hash = 2166136261;
  for (const b of new TextEncoder().encode(key(actor))) hash = Math.imul(hash ^ b, 16777619) >>> 0;
  return hash % reserve.length;
}

/**
 * Colours for the actors of one map: each actor of the table its own colour; the others a reserve colour, their
 * preferred one unless an actor earlier in name order took it, then the next free one. Actors are compared ignoring
 * case and surrounding spaces. Mirrors GeoMap.Rendering's MovementStyle.AssignColours.
 */
export function assignColours(names: Iterable<string | null | undefined>): Map<string, string> {
  const distinct = [...new Set([...names].filter((n): n is string => !!n && n.trim() !== '').map(key))].sort();
  const result = new Map<string, string>();
  const used = new Set<string>();
  for (const n of distinct) {
    const c = fixed.get(n);
    if (c) { result.set(n, c); used.add(c); }
  }
  for (const n of distinct) {
    if (result.has(n)) continue;
    let slot = preferredSlot(n);
    for (let i = 0; i < reserve.length && used.has(reserve[slot]!); i++) slot = (slot + 1) % reserve.length;
    result.set(n, reserve[slot]!);
    used.add(reserve[slot]!);
  }
  return result;
}

let current = new Map<string, string>();
/**
 * Colours already answered, by the actor as written: asked for every feature a style draws, and an actor without an
 * assigned colour costs a hash of its name (178 ms of a first render of movement tiles, bench/client).
 */
const answered = new Map<string, string>();

/** Tells the style which actors the map holds, so that no two of them share a colour. */
export function setMapActors(names: Iterable<string | null | undefined>): void {
  current = assignColours(names);
  answered.clear();
}

/** The colour of an actor on this map (grey when unknown). */
export function actorColour(actor: string | null | undefined): string {
  if (!actor) return unattributedColour;
  let colour = answered.get(actor);
  if (colour === undefined) {
    const k = key(actor);
    colour = k === '' ? unattributedColour : current.get(k) ?? fixed.get(k) ?? reserve[preferredSlot(k)]!;
    answered.set(actor, colour);
  }
  return colour;
}

/** The one number a strength is drawn by: the number, the middle of a range, or its one known bound. */
export function representativeStrength(s: Strength | null | undefined): number | null {
  if (!s) return null;
  if (s.min !== null && s.max !== null) return s.min + Math.floor((s.max - s.min) / 2);
  return s.min ?? s.max ?? null;
}

/** Arrow width in pixels by the strength's class. */
export function widthOf(s: Strength | null | undefined): number {
  const n = representativeStrength(s);
  if (n === null) return unknownWidth;
  return (widthClasses.find((c) => c.upTo === null || n <= c.upTo) ?? widthClasses[widthClasses.length - 1]!).width;
}

/** How a status is stroked: its dash in pixels for a line of this width (null: solid), and whether its head is open. */
export function statusStroke(status: string, width: number): { dash: number[] | null; open: boolean; label: string } {
  const s = statuses[status] ?? statuses.unknown!;
  return { dash: s.dash ? s.dash.map((k) => Math.max(k * width, k === 0 ? 0.01 : 4)) : null, open: headOpen(status), label: s.label };
}

/** Whether a status draws its arrowhead hollow (planned), without computing its dash: asked for every head drawn. */
export function headOpen(status: string): boolean {
  return (statuses[status] ?? statuses.unknown!).head === 'open';
}

const kinds = (style as { kind?: Record<string, { label: string; heads: number }> }).kind ?? {};

/** How many arrowheads a movement of this kind has at its destination (a withdrawal two, one behind the other). */
export function headsOf(kind: string | null | undefined): number {
  return (kind ? kinds[kind]?.heads : undefined) ?? 1;
}

/** The kinds with a symbol of their own, and their legend labels. */
export const kindSymbols: readonly { kind: string; label: string; heads: number }[] = Object.entries(kinds).map(([kind, k]) => ({ kind, ...k }));

/** The statuses in legend order. */
export const statusOrder: readonly string[] = Object.keys(statuses);
