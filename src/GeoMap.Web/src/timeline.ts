// The timeline under the map: how many movements begin each day (or week, or month) in the current region (the area
// queried: a country or region, a drawn box or polygon; else the part of the world in view), the time range drawn on it
// as a window, and dragging across it (or clicking a bar) sets the range.
import { el } from './dom';
import { type TimeRange, isoDate } from './timeRange';
import type { TimelineBucket, TimelineInfo } from './types';

const ns = 'http://www.w3.org/2000/svg';
const day = 86_400_000;
/** Height of the bars' area and of the date labels under it, in CSS pixels. */
const barsHeight = 46;
const labelsHeight = 16;

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const e = document.createElementNS(ns, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** The first instant of the bucket holding t (UTC; ISO weeks start on Monday). */
export function bucketStart(t: number, bucket: TimelineBucket): number {
  const d = new Date(Math.floor(t / day) * day);
  if (bucket === 'week') return d.getTime() - ((d.getUTCDay() + 6) % 7) * day;
  if (bucket === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return d.getTime();
}

/** The first instant after the bucket beginning at start. */
export function bucketEnd(start: number, bucket: TimelineBucket): number {
  if (bucket === 'week') return start + 7 * day;
  if (bucket === 'month') { const d = new Date(start); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); }
  return start + day;
}

/**
 * The bar length for a stretch of time: days up to four months, weeks up to three years, months beyond, so that
 * there are never more than about 160 bars.
 */
export function bucketFor(span: TimeRange): TimelineBucket {
  const days = (span.to - span.from) / day;
  return days <= 122 ? 'day' : days <= 3 * 366 ? 'week' : 'month';
}

const bucketWords: Record<TimelineBucket, string> = { day: 'day', week: 'week', month: 'month' };

/** The timeline control. */
export class Timeline {
  private readonly svg = svgEl('svg', { class: 'timeline-chart', height: barsHeight + labelsHeight, role: 'slider', tabindex: 0 });
  private readonly caption = el('p', { class: 'timeline-caption', id: 'timeline-caption' });
  private readonly bars = svgEl('g', { class: 'bars' });
  private readonly ticks = svgEl('g', { class: 'ticks' });
  private readonly window = svgEl('rect', { class: 'window', y: 0, height: barsHeight });
  private readonly preview = svgEl('rect', { class: 'preview', y: 0, height: barsHeight, visibility: 'hidden' });
  private axis: TimeRange = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 11, 31) };
  private bucket: TimelineBucket = 'day';
  private data: TimelineInfo | null = null;
  private range: TimeRange;
  private width = 600;
  /** Where the counts are from, in the caption ("in view", "in Kharkiv Oblast"). */
  private where = 'in view';

  /**
   * @param container where the timeline goes (under the map)
   * @param range the time range now
   * @param choose called with the range a drag, a click or an arrow key chose
   */
  constructor(container: HTMLElement, range: TimeRange, private readonly choose: (range: TimeRange) => void) {
    this.range = range;
    this.svg.setAttribute('aria-label', 'Timeline: drag across it to choose the time range; Left and Right move the range by one bar');
    this.svg.append(this.bars, this.ticks, this.window, this.preview);
    container.append(this.caption, this.svg);
    // Drawn once now, caption included, so that the timeline has its height before the map above it takes its size;
    // then again at its width.
    this.draw();
    new ResizeObserver(() => { this.width = Math.max(100, this.svg.clientWidth || container.clientWidth); this.draw(); }).observe(this.svg);
    this.listen();
  }

  /** Says where the next counts are from: an area's name, or null for the part of the world in view. */
  setWhere(label: string | null): void {
    this.where = label ? `in ${label}` : 'in view';
  }

  /** The stretch of time the axis shows: the data's span and the range, whichever is wider. */
  get shownSpan(): TimeRange {
    return this.axis;
  }

  /** The bar length the axis needs for the data's span (and the range); the caller fetches counts in it. */
  setSpan(span: TimeRange): TimelineBucket {
    const from = Math.min(span.from, this.range.from);
    const to = Math.max(span.to, this.range.to);
    this.bucket = bucketFor({ from, to });
    this.axis = { from: bucketStart(from, this.bucket), to: bucketEnd(bucketStart(to, this.bucket), this.bucket) };
    this.draw();
    return this.bucket;
  }

  /** The bar length of the axis now. */
  get bucketLength(): TimelineBucket {
    return this.bucket;
  }

  /** Shows new counts (those of the view; their bucket must be {@link bucketLength}). */
  setCounts(data: TimelineInfo): void {
    this.data = data;
    this.draw();
  }

  /** Moves the window to the range. */
  showRange(range: TimeRange): void {
    this.range = range;
    this.drawWindow();
  }

  private x(t: number): number {
    return ((t - this.axis.from) / (this.axis.to - this.axis.from)) * this.width;
  }

  private timeAt(x: number): number {
    return this.axis.from + (Math.min(Math.max(x, 0), this.width - 0.01) / this.width) * (this.axis.to - this.axis.from);
  }

  private draw(): void {
    this.svg.setAttribute('width', String(this.width));
    this.svg.dataset.from = isoDate(this.axis.from);
    this.svg.dataset.to = isoDate(this.axis.to);
    this.bars.replaceChildren();
    this.ticks.replaceChildren();
    const counts = (this.data?.bucket === this.bucket ? this.data.counts : []).filter((c) => {
      const t = Date.parse(`${c.start}T00:00:00Z`);
      return t >= this.axis.from && t < this.axis.to;
    });
    const max = Math.max(1, ...counts.map((c) => c.count));
    let total = 0;
    for (const c of counts) {
      const start = Date.parse(`${c.start}T00:00:00Z`);
      const x0 = this.x(start);
      const x1 = this.x(bucketEnd(start, this.bucket));
      // At least 2 px high, so a bucket with one movement among hundreds still shows.
      const h = Math.max(2, (c.count / max) * (barsHeight - 6));
      const bar = svgEl('rect', { class: 'bar', x: x0 + 0.5, y: barsHeight - h, width: Math.max(1, x1 - x0 - 1), height: h, 'data-start': c.start, 'data-count': c.count });
      const title = svgEl('title');
      title.textContent = `${this.bucket === 'day' ? c.start : `${bucketWords[this.bucket]} of ${c.start}`}: ${c.count} movement${c.count === 1 ? '' : 's'} beginning`;
      bar.append(title);
      this.bars.append(bar);
      total += c.count;
    }
    this.drawTicks();
    this.drawWindow();
    const undated = this.data?.undated ? `, ${this.data.undated} without a date` : '';
    this.caption.textContent = `Movements beginning per ${bucketWords[this.bucket]} ${this.where}: ${total}${undated}. Drag across the timeline to choose the range.`;
  }

  /** Date labels at month (or year) starts, at least 70 px apart. */
  private drawTicks(): void {
    const years = (this.axis.to - this.axis.from) / (365 * day) > 4;
    const first = new Date(this.axis.from);
    let t = years ? Date.UTC(first.getUTCFullYear() + 1, 0, 1) : Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
    if (!years && (this.axis.to - this.axis.from) / day <= 62) t = this.axis.from;
    let lastX = -Infinity;
    while (t < this.axis.to) {
      const x = this.x(t);
      if (x - lastX >= 70 && x < this.width - 40) {
        this.ticks.append(svgEl('line', { x1: x, x2: x, y1: barsHeight, y2: barsHeight + 4 }));
        const label = svgEl('text', { x: x + 2, y: barsHeight + labelsHeight - 3 });
        label.textContent = years ? String(new Date(t).getUTCFullYear()) : isoDate(t).slice(0, (this.axis.to - this.axis.from) / day <= 62 ? 10 : 7);
        this.ticks.append(label);
        lastX = x;
      }
      const d = new Date(t);
      t = years ? Date.UTC(d.getUTCFullYear() + 1, 0, 1)
        : (this.axis.to - this.axis.from) / day <= 62 ? t + 7 * day : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
  }

  private drawWindow(): void {
    const x0 = Math.max(0, this.x(this.range.from));
    const x1 = Math.min(this.width, this.x(this.range.to + 1));
    this.window.setAttribute('x', String(x0));
    this.window.setAttribute('width', String(Math.max(2, x1 - x0)));
    this.window.setAttribute('data-from', isoDate(this.range.from));
    this.window.setAttribute('data-to', isoDate(this.range.to));
    // As a slider: the day the range starts, on the axis's days.
    this.svg.setAttribute('aria-valuemin', String(Math.floor(this.axis.from / day)));
    this.svg.setAttribute('aria-valuemax', String(Math.floor(this.axis.to / day)));
    this.svg.setAttribute('aria-valuenow', String(Math.floor(this.range.from / day)));
    this.svg.setAttribute('aria-valuetext', `${isoDate(this.range.from)} to ${isoDate(this.range.to)}`);
  }

  /** The whole days between two x positions, in either order: a drag's range. */
  private daysBetween(xa: number, xb: number): TimeRange {
    const a = this.timeAt(Math.min(xa, xb));
    const b = this.timeAt(Math.max(xa, xb));
    return { from: Math.floor(a / day) * day, to: Math.floor(b / day) * day + day - 1 };
  }

  private listen(): void {
    let start: number | null = null;
    const xOf = (e: PointerEvent) => e.clientX - this.svg.getBoundingClientRect().left;
    this.svg.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      start = xOf(e);
      this.svg.setPointerCapture(e.pointerId);
      e.preventDefault();
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (start === null) return;
      const x = xOf(e);
      this.preview.setAttribute('x', String(Math.min(start, x)));
      this.preview.setAttribute('width', String(Math.abs(x - start)));
      this.preview.setAttribute('visibility', 'visible');
    });
    const end = (e: PointerEvent, cancelled: boolean) => {
      if (start === null) return;
      const x = xOf(e);
      const from = start;
      start = null;
      this.preview.setAttribute('visibility', 'hidden');
      if (cancelled) return;
      if (Math.abs(x - from) < 4) {
        // A click: the bar (bucket) under the pointer.
        const b = bucketStart(this.timeAt(x), this.bucket);
        this.choose({ from: b, to: bucketEnd(b, this.bucket) - 1 });
      } else {
        this.choose(this.daysBetween(from, x));
      }
    };
    this.svg.addEventListener('pointerup', (e) => end(e, false));
    this.svg.addEventListener('pointercancel', (e) => end(e, true));
    this.svg.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      e.preventDefault();
      const step = (bucketEnd(bucketStart(this.range.from, this.bucket), this.bucket) - bucketStart(this.range.from, this.bucket)) * (e.key === 'ArrowLeft' ? -1 : 1);
      this.choose({ from: this.range.from + step, to: this.range.to + step });
    });
  }
}
