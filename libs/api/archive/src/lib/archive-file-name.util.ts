/** A file name from a strategy's key or title: letters, digits and dashes only. */
export function archiveFileName(title: string, key: string | null | undefined, extension: string): string {
  const base = (key || title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `suunta-${base || 'strategy'}.${extension}`;
}
