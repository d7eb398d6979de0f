import type { ContentDocument, Emergency, Helpline, Service } from '../content/types.js';

/** Regions the built-in data covers. Partner data may add more. */
export const REGIONS = ['GB', 'GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'IE', 'US', 'CA', 'AU', 'NZ'];

/** `GB-SCT` → `GB`; a country is its own country. */
export const countryOf = (region: string): string => region.split('-')[0];

/** Every region the document knows: the built-in list plus its services' and emergency entries'. */
export function knownRegions(doc: ContentDocument): string[] {
  const more = new Set([...(doc.emergency ?? []).map((e) => e.region), ...(doc.services ?? []).flatMap((s) => s.regions)]);
  return [...REGIONS, ...[...more].filter((r) => !REGIONS.includes(r)).sort()];
}

/**
 * Does a service serve a region? A UK-wide service serves Scotland; when the
 * visitor chose the whole UK, a service for England alone is shown too (with
 * "England only").
 */
export function serves(service: Pick<Service, 'regions'>, region: string): boolean {
  return service.regions.some((r) => r == region || r == countryOf(region) || countryOf(r) == region);
}

/** The emergency entry for a region, else its country's. */
export function emergencyFor(doc: ContentDocument, region: string): Emergency | undefined {
  const list = doc.emergency ?? [];
  return list.find((e) => e.region == region) ?? list.find((e) => e.region == countryOf(region));
}

/** Parse a region attribute forgivingly: trimmed, any case, `_` for `-`, and `UK` (the name people write) for `GB`. */
export function normaliseRegion(value: string): string {
  return value.trim().toUpperCase().replace('_', '-').replace(/^UK\b/, 'GB');
}

/**
 * Free 24/7 crisis phone lines, in list order: what the info card's help
 * strip offers ("… is free and open 24 hours, every day").
 * scripts/build-data.mjs makes the same choice for the built-in data.
 */
export function toHelplines(services: Service[]): Helpline[] {
  return services.flatMap((s) => {
    const phone = s.contacts.find((c) => c.method == 'phone');
    return s.free && s.crisis && s.hours && 'alwaysOpen' in s.hours && phone ? [{ name: s.name, regions: s.regions, phone }] : [];
  });
}
