declare module "codes-postaux" {
  export interface CodePostalEntry {
    codePostal: string;
    codeCommune: string;
    nomCommune: string;
    libelleAcheminement: string;
  }
  const codesPostaux: { find(postalCode: string): CodePostalEntry[] };
  export default codesPostaux;
}
