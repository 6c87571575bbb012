// The map style as data: actor colours, width classes by strength, how each status is stroked. One file,
// data/style/map-style.json, read by this client and by GeoMap.Rendering (geomap render, /api/map.png), so that a
// briefing image and the screen draw a movement alike. Everything that draws or explains a movement asks here.
import style from '../../../data/style/map-style.json';
import { distance, fromLch, labOf, type Lab } from './oklab';
import type { Strength } from './types';

interface ActorEntry { name: string; side: string; colour?: string; aliases: string[] }
interface StatusEntry { label: string; dash: number[] | null; head: 'filled' | 'open' }
/** A family of colours: a list taken first, and the arc of OKLCH hues [from, to] further colours are made in. */
interface Family { colours: readonly string[]; hue: readonly [number, number] }

/** A width class of the legend: the upper bound of strength (null: no bound), its label, its width in pixels. */
export interface WidthClass { upTo: number | null; label: string; width: number }

const actors = style.actors as ActorEntry[];
const sides = style.sides as Record<string, { label: string; hue?: number[]; colours?: string[] }>;
const generated = style.generated as { lightness: number[]; chroma: number; distance: number };

/** The colour of movements whose actor is not known. */
export const unattributedColour: string = style.unattributed.toLowerCase();

/** Width of an arrow whose strength is not given. */
export const unknownWidth: number = style.strength.unknownWidth;

/** The width classes, smallest first. */
export const widthClasses: readonly WidthClass[] = style.strength.classes as WidthClass[];

const statuses = style.status as Record<string, StatusEntry>;

function key(name: string): string {
  return name.trim().toLowerCase();
}

/** The reserve: any actor the table does not name, or whose side has no family. */
const reserve: Family = { colours: (style.reserve as string[]).map((c) => c.toLowerCase()), hue: [0, 360] };
const families = new Map<string, Family>();
for (const [side, s] of Object.entries(sides)) {
  if (s.colours || s.hue) families.set(side, { colours: (s.colours ?? []).map((c) => c.toLowerCase()), hue: [s.hue?.[0] ?? 0, s.hue?.[1] ?? 360] });
}

/**
 * The table by every name of an actor: its table name (the key its colour and hash go by), fixed colour, family and
 * place in the table (the legend's order).
 */
const table = new Map<string, { id: string; colour: string | null; family: Family; rank: number }>();
for (const [rank, a] of actors.entries()) {
  if (!(a.side in sides)) throw new Error(`map-style.json: ${a.name}'s side '${a.side}' is not one of 'sides'.`);
  const entry = { id: key(a.name), colour: a.colour?.toLowerCase() ?? null, family: families.get(a.side) ?? reserve, rank };
  for (const n of [a.name, ...a.aliases]) if (!table.has(key(n))) table.set(key(n), entry);
}

/** FNV-1a over the lower-cased UTF-8 bytes: the same slot GeoMap.Rendering computes for the same name. */
export function preferredSlot(actor: string, slots: number = reserve.colours.length): number {
  let hash = 2166136261;
  for (const b of new TextEncoder().encode(key(actor))) hash = Math.imul(hash ^ b, 16777619) >>> 0;
  return hash % slots;
}

/** The k-th colour made in a family's arc of hues (map-style.json's 'generated'). */
function madeColour(family: Family, k: number): string {
  const [from, to] = family.hue;
  const arc = to - from === 360 ? 360 : (((to - from) % 360) + 360) % 360;
  const t = 0.5 + k * 0.6180339887498949;
  return fromLch(generated.lightness[k % generated.lightness.length]!, generated.chroma, from + arc * (t - Math.floor(t)));
}

/** The colours of one map so far, and whether another may join them at a distance. */
class Taken {
  private readonly hexes = new Set<string>();
  private readonly labs: Lab[] = [];
  add(hex: string): void {
    if (this.hexes.has(hex)) return;
    this.hexes.add(hex);
    this.labs.push(labOf(hex));
  }
  fits(hex: string, apart: number): boolean {
    if (this.hexes.has(hex)) return false;
    if (apart === 0) return true;
    const lab = labOf(hex);
    return this.labs.every((x) => distance(x, lab) >= apart);
  }
}

/** Candidates made per distance before it is halved; at the last (only the exact colour refused), as many as needed. */
const madePerDistance = 64;
const madeAtMost = 100000;

/** An actor's colour from its family: the list from its preferred slot, then made colours, as far from the others as can be. */
function pick(family: Family, id: string, taken: Taken): string {
  const list = family.colours;
  const start = list.length ? preferredSlot(id, list.length) : 0;
  for (const apart of [generated.distance, generated.distance / 2, generated.distance / 4, 0]) {
    for (let i = 0; i < list.length; i++) {
      const c = list[(start + i) % list.length]!;
      if (taken.fits(c, apart)) return c;
    }
    for (let k = 0; k < (apart === 0 ? madeAtMost : madePerDistance); k++) {
      const c = madeColour(family, k);
      if (taken.fits(c, apart)) return c;
    }
  }
  throw new Error(`No colour is left for ${id}: map-style.json's 'generated' makes too few distinct colours.`);
}

/**
 * Colours for the actors of one map, by name as given (lower-cased, trimmed): fixed colours first, then every other
 * actor in name order from its side's family or the reserve, never a colour already on the map and, while one can be
 * found, none near it (map-style.json's comment has the whole rule). Mirrors GeoMap.Rendering's ActorPalette.Assign;
 * data/style/actor-colours.cases.json holds the cases both must answer alike.
 */
export function assignColours(names: Iterable<string | null | undefined>): Map<string, string> {
  const all = [...names];
  const distinct = [...new Set(all.filter((n): n is string => !!n && n.trim() !== '').map(key))].sort();
  const result = new Map<string, string>();
  const byId = new Map<string, string>();
  const taken = new Taken();
  if (all.some((n) => !n || n.trim() === '')) taken.add(unattributedColour);
  for (const n of distinct) {
    const c = table.get(n)?.colour;
    if (c) { result.set(n, c); taken.add(c); }
  }
  for (const n of distinct) {
    if (result.has(n)) continue;
    const entry = table.get(n);
    const id = entry?.id ?? n;
    let c = byId.get(id);
    if (c === undefined) {
      c = pick(entry?.family ?? reserve, id, taken);
      byId.set(id, c);
      taken.add(c);
    }
    result.set(n, c);
  }
  return result;
}

/**
 * The actors of a map in legend order, each once (by its name lower-cased and trimmed; the first spelling given is
 * kept): those with a fixed colour first, in the table's order (Russia and its allies, Ukraine, NATO members, others),
 * then every other by that name in code-unit order, and null last when an actor is not stated. The principal actors
 * lead every legend, and the order does not move as the view or the range changes what is drawn. Mirrors
 * GeoMap.Rendering's ActorPalette.LegendOrder; data/style/actor-colours.cases.json's 'legend' holds cases of both.
 */
export function legendOrder(names: Iterable<string | null | undefined>): (string | null)[] {
  const byKey = new Map<string, string>();
  let unstated = false;
  for (const n of names) {
    if (!n || n.trim() === '') unstated = true;
    else if (!byKey.has(key(n))) byKey.set(key(n), n);
  }
  const rank = (k: string): number => {
    const entry = table.get(k);
    return entry?.colour ? entry.rank : Infinity;
  };
  const ordered: (string | null)[] = [...byKey.keys()]
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => byKey.get(k)!);
  if (unstated) ordered.push(null);
  return ordered;
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
    colour = k === '' ? unattributedColour : current.get(k) ?? assignColours([k]).get(k)!;
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

const labels = (style as { labels: { separator: string; months: string[] } }).labels;

/** What joins the parts of an arrow's label: its strength and its period ("1,500 · 8–13 Oct"). */
export const labelSeparator: string = labels.separator;

/** The months' names in labels, January first. */
export const monthNames: readonly string[] = labels.months;

const kinds = (style as { kind?: Record<string, { label: string; heads: number }> }).kind ?? {};

/** How many arrowheads a movement of this kind has at its destination (a withdrawal two, one behind the other). */
export function headsOf(kind: string | null | undefined): number {
  return (kind ? kinds[kind]?.heads : undefined) ?? 1;
}

/** The kinds with a symbol of their own, and their legend labels. */
export const kindSymbols: readonly { kind: string; label: string; heads: number }[] = Object.entries(kinds).map(([kind, k]) => ({ kind, ...k }));

/** The badge of a movement's independent sources: its ring, the ring while its claims contradict, its number. */
export const badgeColours: { ring: string; contradicted: string; text: string } = style.badge;

/** The statuses in legend order. */
export const statusOrder: readonly string[] = Object.keys(statuses);
