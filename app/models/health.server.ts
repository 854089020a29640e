import { sql } from "drizzle-orm";
import { getDb } from "../../db/client";

export function isDatabaseReachable(): boolean {
  try {
    getDb().get(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
