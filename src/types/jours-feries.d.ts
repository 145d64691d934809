declare module "@socialgouv/jours-feries" {
  /** French public holidays of a year, by name; each a Date at local midnight. Alsace-Moselle's two extra days with `{ alsace: true }`. */
  export default function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
