export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** French by default; English when the caller's Accept-Language prefers it over French. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return "fr";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const first = ranked.find((entry) => entry.lang === "fr" || entry.lang === "en");
  return first?.lang === "en" ? "en" : "fr";
}

export type Messages = Record<Locale, string>;
