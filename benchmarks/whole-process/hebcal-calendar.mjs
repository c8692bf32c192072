// The JavaScript reference for `alka calendar --from FROM --to TO --format csv`: the same CSV, written by Node with
// @hebcal/core 6.9.3. run.sh copies this file and observances.csv into a folder outside the repository where it
// installed @hebcal/core (GPL-2.0: run as a program, never copied into the repository).
// Usage: node hebcal-calendar.mjs FROM TO   (ISO dates)
import { readFileSync } from 'node:fs';
import { HebrewCalendar } from '@hebcal/core';

// RFC 4180 fields, as alka writes them: quoted when they hold a comma, a quote or a line break.
const field = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

// reference_name → the row alka writes (observances.csv: the calendar specification's table).
const observances = new Map();
const table = readFileSync(new URL('./observances.csv', import.meta.url), 'utf8');
for (const line of table.trimEnd().split('\n').slice(1)) {
  const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"'));
  const [id, reference, categories, en, he] = cells;
  observances.set(reference, { id, categories, en, he });
}

const [from, to] = process.argv.slice(2).map((iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
});
const pad = (n, width) => String(n).padStart(width, '0');
const rows = [];
for (const event of HebrewCalendar.calendar({ start: from, end: to, il: true })) {
  const key = /^Rosh Hashana \d+$/.test(event.getDesc()) ? 'Rosh Hashana' : event.getDesc(); // the first day carries the year
  const observance = observances.get(key);
  if (!observance) continue; // not an observance of the specification (none in 1900–2099)
  const hd = event.getDate();
  const greg = hd.greg();
  const date = `${pad(greg.getFullYear(), 4)}-${pad(greg.getMonth() + 1, 2)}-${pad(greg.getDate(), 2)}`;
  rows.push([date, observance.id, `${date},${hd.getDate()} ${hd.getMonthName()} ${hd.getFullYear()},${observance.id},${observance.categories},${field(observance.en)},${field(observance.he)}`]);
}

rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
process.stdout.write(`date,hebrew_date,observance,categories,name_en,name_he\n${rows.map((r) => r[2]).join('\n')}\n`);
