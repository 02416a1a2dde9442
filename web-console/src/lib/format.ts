import type { Schemas } from "../api/client";

type Money = Schemas["Money"];

// Building an Intl formatter costs far more than using one: a list of orders formats hundreds of values.
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const CURRENCIES = new Map<string, Intl.NumberFormat>();

function currency(code: string): Intl.NumberFormat {
  let format = CURRENCIES.get(code);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: "currency", currency: code });
    CURRENCIES.set(code, format);
  }
  return format;
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
  return DATE.format(parsed);
}

export function dateTime(value: string | undefined | null): string {
  if (!value) {
    return "—";
  }
  return DATE_TIME.format(new Date(value));
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
