import type { LocalizedText } from '@suunta/shared-domain';

/** A region as `tools/seed-data/organization.json` lists it. */
export interface RegionSeed {
  code: string;
  name: LocalizedText;
}

/**
 * The regions of the seed file as rows to store: in file order (sort order 1…n), each with its
 * name in Finnish and Swedish at least (the bilingual Pohjanmaa reads both), codes unique.
 * Throws naming the region when the file breaks one of these, before anything is written.
 */
export function regionRows(regions: readonly RegionSeed[]): { code: string; name: LocalizedText; sortOrder: number }[] {
  const seen = new Set<string>();
  return regions.map((region, index) => {
    const code = region.code?.trim();
    if (!code) throw new Error(`organization.json: region ${index + 1} has no code`);
    if (seen.has(code)) throw new Error(`organization.json: region code ${code} appears twice`);
    seen.add(code);
    for (const language of ['fi', 'sv'] as const) {
      if (!region.name?.[language]?.trim()) throw new Error(`organization.json: region ${code} has no ${language} name`);
    }
    return { code, name: region.name, sortOrder: index + 1 };
  });
}
