/**
 * One exhibitor booking a slot from its own process and its own SQLite connection (run by
 * logistics-forms-slots.test.ts with tsx). Says "ready" once loaded, then books when the parent
 * writes to its stdin, so that every process fires at the same moment.
 * Usage: tsx logistics-forms-slot-worker.ts EVENT_ID SLOT_ID APPLICATION_ID
 */
import { closeDb, getDb } from "../../db/client";
import { bookSlot } from "../../app/models/logistics-slots.server";

const [eventId, slotId, applicationId] = process.argv.slice(2).map(Number) as [number, number, number];
getDb(); // open the connection before the start signal
process.stdout.write("ready\n");
process.stdin.once("data", () => {
  try {
    const result = bookSlot({ eventId, applicationId, kind: "load_in", slotId });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    closeDb();
    process.stdin.destroy();
  }
});
