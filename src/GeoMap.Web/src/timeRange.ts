// The time range control: from and to dates, a step, and playback that slides the window through the data.
import { el, field } from './dom';

/** A closed time range in epoch milliseconds (UTC). */
export interface TimeRange {
  from: number;
  to: number;
}

const day = 86_400_000;

/** yyyy-mm-dd of an epoch time, in UTC. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Epoch ms of the start (or, with endOfDay, the last millisecond) of a yyyy-mm-dd date, in UTC. */
export function parseDate(text: string, endOfDay = false): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const t = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(t) ? null : endOfDay ? t + day - 1 : t;
}

/** The days a link gives (its from and to, YYYY-MM-DD), each null when not given or not a day; `to` to its end. */
export function linkedDays(from: string | undefined, to: string | undefined): { from: number | null; to: number | null } {
  return { from: parseDate(from ?? ''), to: parseDate(to ?? '', true) };
}

/** The control; calls onChange whenever the range changes (typing, playback, reset). */
export class TimeRangeControl {
  private readonly fromInput = el('input', { id: 'time-from', type: 'date', required: true });
  private readonly toInput = el('input', { id: 'time-to', type: 'date', required: true });
  private readonly step = el('select', { id: 'time-step' },
    el('option', { value: '1', text: '1 day' }), el('option', { value: '7', text: '1 week' }), el('option', { value: '30', text: '30 days' }));
  private readonly play = el('button', { type: 'button', id: 'time-play', 'aria-pressed': 'false', text: 'Play' });
  private readonly all = el('button', { type: 'button', id: 'time-all', text: 'All dates' });
  private readonly summary = el('p', { class: 'hint', id: 'time-summary', 'aria-live': 'polite' });
  private timer: number | undefined;
  private span: TimeRange = { from: Date.UTC(2000, 0, 1), to: Date.now() };

  constructor(container: HTMLElement, private range: TimeRange, private readonly onChange: (range: TimeRange) => void) {
    container.append(
      el('div', { class: 'row' }, field('From', this.fromInput), field('To', this.toInput)),
      el('div', { class: 'row' }, field('Step', this.step), this.play, this.all),
      this.summary,
    );
    this.show();
    const typed = () => {
      const from = parseDate(this.fromInput.value);
      const to = parseDate(this.toInput.value, true);
      if (from === null || to === null || to < from) return;
      this.set({ from, to });
    };
    this.fromInput.addEventListener('change', typed);
    this.toInput.addEventListener('change', typed);
    this.play.addEventListener('click', () => (this.timer === undefined ? this.start() : this.stop()));
    this.all.addEventListener('click', () => { this.stop(); this.set({ ...this.span }); });
  }

  /** The current range. */
  get value(): TimeRange {
    return this.range;
  }

  /** The extent of the data (whole UTC days), as {@link setSpan} was last given it. */
  get dataSpan(): TimeRange {
    return this.span;
  }

  /** The extent of the data, the bounds of playback and of "All dates". */
  setSpan(span: TimeRange): void {
    this.span = { from: Math.floor(span.from / day) * day, to: Math.floor(span.to / day) * day + day - 1 };
  }

  /** Sets the range and notifies. */
  set(range: TimeRange): void {
    this.range = range;
    this.show();
    this.onChange(range);
  }

  /** Shows a count next to the range. */
  describe(text: string): void {
    this.summary.textContent = text;
  }

  private show(): void {
    this.fromInput.value = isoDate(this.range.from);
    this.toInput.value = isoDate(this.range.to);
  }

  private start(): void {
    const stepMs = Number(this.step.value) * day;
    const width = this.range.to - this.range.from;
    // Start from the beginning of the data when the window is already past its end.
    if (this.range.from + stepMs > this.span.to) this.set({ from: this.span.from, to: this.span.from + width });
    this.play.textContent = 'Pause';
    this.play.setAttribute('aria-pressed', 'true');
    this.timer = window.setInterval(() => {
      const from = this.range.from + stepMs;
      if (from > this.span.to) { this.stop(); return; }
      this.set({ from, to: from + width });
    }, 800);
  }

  private stop(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
  }
}
