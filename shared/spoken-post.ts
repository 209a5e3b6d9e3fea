import { foldForSearch } from './text';

/** "Giám đốc Sở" + "Sở KH&CN Đà Nẵng" → "Giám đốc Sở KH&CN Đà Nẵng": the words they share said once. */
function joinOverlap(title: string, organization: string): string {
  if (!title) return organization;
  const t = title.split(/\s+/);
  const o = organization.split(/\s+/);
  for (let k = Math.min(t.length, o.length); k > 0; k--)
    if (foldForSearch(t.slice(-k).join(' ')) === foldForSearch(o.slice(0, k).join(' '))) return [...t, ...o.slice(k)].join(' ');
  return `${title} ${organization}`;
}

/** A bare post ("Giám đốc", "Phó Vụ trưởng") says whose only with its organization; a longer title already does. */
const BARE_POST_WORDS = 3;

/**
 * A post as the MC says it aloud: a bare post with its organization ("Bộ trưởng Bộ Nội vụ",
 * "Giám đốc Sở KH&CN TP. Đà Nẵng"), a title that already names it as it is.
 */
export function spokenPost(title: string | null, organization: string | null): string {
  const t = title ?? '';
  const bare = t.split(/\s+/).filter(Boolean).length <= BARE_POST_WORDS;
  if (organization && bare && !foldForSearch(t).includes(foldForSearch(organization))) return joinOverlap(t, organization);
  return t;
}
