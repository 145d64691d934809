import DataLoader from "dataloader";
import type { Queryable } from "../../shared/db.js";
import { tariffsRepository as repo } from "./tariffs.repository.js";
import { TariffBook } from "./tariffs.rules.js";

const ALL = "all";

/**
 * Per request: the whole tariff table, loaded by one query the first time a price is needed,
 * then looked up in memory for every item of the response (never one query per item).
 */
export function createTariffLoaders(db: Queryable) {
  const book = new DataLoader<typeof ALL, TariffBook>(async (keys) => {
    const value = new TariffBook(await repo.all(db));
    return keys.map(() => value);
  });
  return {
    /** The loader itself, so that the kernel's clearLoaders empties it after a write. */
    table: book,
    book: () => book.load(ALL),
  };
}

declare module "../../context.js" {
  interface Loaders {
    tariffs: ReturnType<typeof createTariffLoaders>;
  }
}
