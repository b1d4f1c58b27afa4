/**
 * The title of the next two-year plan: "… 2019–2020 …" becomes "… 2021–2022 …" (a hyphen or an
 * en dash, spaces around it, and the short "2019–20" are read too; the result has an en dash).
 * A title without the plan's years gets the next years appended. Only the plan's own years are
 * replaced: "2019–2021" is not "2019–20" followed by "21".
 */
export function nextTitle(title: string, startYear: number): string {
  const pattern = new RegExp(`(?<!\\d)${startYear}\\s*[–-]\\s*(?:${startYear + 1}|${String(startYear + 1).slice(2)})(?!\\d)`);
  const next = `${startYear + 2}–${startYear + 3}`;
  return pattern.test(title) ? title.replace(pattern, next) : `${title} ${next}`;
}
