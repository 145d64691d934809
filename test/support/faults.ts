import type { Database, Db } from "../../src/shared/db.js";

/** What PostgreSQL sends to a session when it restarts under it (SQLSTATE 57P01, admin_shutdown). */
export function adminShutdown(): Error {
  return Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
}

/**
 * The same database, seen through a session whose statements matching `failing` fail as in an
 * outage, and whose every statement is recorded in `sent`. Used to prove that a rule or resolver
 * that meets an outage answers SERVICE_UNAVAILABLE, whatever path its query takes.
 */
export function withFailingStatements(database: Database, failing: RegExp): Database & { sent: string[] } {
  const sent: string[] = [];
  const real = database.db as unknown as { session: { prepareQuery: (query: { sql: string }, ...rest: unknown[]) => object } };
  const session = new Proxy(real.session, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property !== "prepareQuery") return typeof value === "function" ? value.bind(target) : value;
      return (query: { sql: string }, ...rest: unknown[]) => {
        sent.push(query.sql);
        const prepared = target.prepareQuery(query, ...rest);
        if (!failing.test(query.sql)) return prepared;
        const faulty: object = new Proxy(prepared, {
          get(p, name) {
            if (name === "execute" || name === "all" || name === "values") return () => Promise.reject(adminShutdown());
            const v = Reflect.get(p, name, p);
            // Chained setters (setToken) return the prepared query itself: keep handing out the proxy.
            return typeof v === "function" ? (...args: unknown[]) => ((r) => (r === p ? faulty : r))(v.apply(p, args)) : v;
          },
        });
        return faulty;
      };
    },
  });
  const db = Object.create(real, { session: { value: session } }) as Db;
  return { ...database, db, sent };
}
