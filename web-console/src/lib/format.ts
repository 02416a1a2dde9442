import type { Schemas } from "../api/client";

type Money = Schemas["Money"];

// Building an Intl formatter costs far more than using one (a list formats hundreds of values), and
// the first one a page builds costs the most: the browser loads its locale data then. So each is built
// once, on first use: a screen that formats nothing (Today) never pays for it.
const FORMATS = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => F): F {
  let format = FORMATS.get(key) as F | undefined;
  if (!format) {
    format = build();
    FORMATS.set(key, format);
  }
  return format;
}

const currency = (code: string) =>
  formatter(`money ${code}`, () => new Intl.NumberFormat(undefined, { style: "currency", currency: code }));
const calendarDate = () => formatter("date", () => new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }));
const instant = () =>
  formatter("date and time", () => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }));

/**
 * Builds and uses each kind of formatter once. Run in a worker at start-up (`locale-warm-up.ts`), it
 * has the browser load its locale data on another thread: Chromium keeps that data per page process,
 * so the screens' own first formatters no longer hold the main thread for tens of milliseconds.
 */
export function warmUpFormats(): void {
  const now = new Date();
  calendarDate().format(now);
  instant().format(now);
  currency("EUR").format(1);
}

export function money(value: Money | undefined | null): string {
  if (!value) {
    return "—";
  }
  try {
    return currency(value.currency).format(value.amount);
  } catch {
    return `${value.amount} ${value.currency}`;
  }
}

export function date(value: string | undefined | null): string {
  if (!value) {
    return "—";
  }
  // a calendar date (yyyy-mm-dd) is shown as that date, whatever the browser's time zone
  const parsed = value.length === 10 ? new Date(`${value}T00:00:00`) : new Date(value);
  return calendarDate().format(parsed);
}

export function dateTime(value: string | undefined | null): string {
  if (!value) {
    return "—";
  }
  return instant().format(new Date(value));
}

/** Today and a week from now as calendar dates in the browser's zone (yyyy-mm-dd). */
export function isoDate(day: Date): string {
  const local = new Date(day.getTime() - day.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function addDays(day: Date, days: number): Date {
  const next = new Date(day);
  next.setDate(next.getDate() + days);
  return next;
}

export function shortId(id: string): string {
  return id.slice(0, 8);
}
