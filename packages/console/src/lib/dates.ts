/** Calendar dates (`YYYY-MM-DD`) as dates at midnight UTC, so no time zone moves them a day. */
export function calendarDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

/** How a calendar date is shown: day, month name and year, in UTC (see `calendarDate`). */
export const CALENDAR: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};
