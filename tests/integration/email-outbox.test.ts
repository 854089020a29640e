import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db";
import { loader as outboxLoader } from "~/routes/admin/outbox";
import { recordOutboxMessage } from "~/models/outbox.server";
import { commitSessionCookie, createSession } from "~/models/session.server";
import { args, createTestUser, settle } from "./auth-fixtures";

useTestDatabase();

type OutboxData = Awaited<ReturnType<typeof outboxLoader>>;
type ListData = {
  list: {
    messages: { id: number; to: string; subject: string }[];
    total: number;
    page: number;
    pageCount: number;
  };
};

async function cookieFor(role: "organiser" | "staff" | "exhibitor"): Promise<string> {
  const user = await createTestUser(role);
  return (await commitSessionCookie(createSession(user.id))).split(";")[0] ?? "";
}

function open(search: string, cookie: string) {
  return settle(() =>
    outboxLoader(
      args(new Request(`http://localhost/admin/outbox${search}`, { headers: { Cookie: cookie } })),
    ),
  );
}

function seed(count: number, make: (i: number) => { to: string; subject: string }) {
  for (let i = 1; i <= count; i += 1) {
    recordOutboxMessage({ ...make(i), text: `Corps ${i}`, html: null, template: "notice", locale: "fr" });
  }
}

describe("the outbox page", () => {
  it("keeps staff and exhibitors out (403) and sends anonymous visitors to the login page", async () => {
    expect((await open("", await cookieFor("staff"))).status).toBe(403);
    expect((await open("", await cookieFor("exhibitor"))).status).toBe(403);
    const anonymous = await open("", "");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin%2Foutbox");
  });

  it("shows an empty outbox as such", async () => {
    const result = await open("", await cookieFor("organiser"));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ list: { total: 0, messages: [], page: 1, pageCount: 1 } });
  });

  it("lists newest first, 50 a page, searches recipient and subject, and opens one message", async () => {
    const organiser = await cookieFor("organiser");
    seed(120, (i) => ({
      to: i % 10 === 0 ? `alice${i}@studio.example` : `bob${i}@example.org`,
      subject: `Stand ${i}`,
    }));
    seed(1, () => ({ to: "carol@example.org", subject: "Remise 100% validée" }));

    const first = (await open("", organiser)).body as OutboxData & ListData;
    expect(first.list.total).toBe(121);
    expect(first.list.pageCount).toBe(3);
    expect(first.list.messages).toHaveLength(50);
    expect(first.list.messages[0]?.subject).toBe("Remise 100% validée");
    expect(first.list.messages[1]?.subject).toBe("Stand 120");

    const third = (await open("?page=3", organiser)).body as ListData;
    expect(third.list.messages).toHaveLength(21);
    expect(third.list.messages.at(-1)?.subject).toBe("Stand 1");
    // A page beyond the end, or garbage, falls back to a real page.
    expect(((await open("?page=99", organiser)).body as ListData).list.page).toBe(3);
    expect(((await open("?page=abc", organiser)).body as ListData).list.page).toBe(1);

    const byRecipient = (await open("?q=ALICE", organiser)).body as ListData;
    expect(byRecipient.list.total).toBe(12);
    expect(byRecipient.list.messages.every((m) => m.to.startsWith("alice"))).toBe(true);
    const bySubject = (await open(`?q=${encodeURIComponent("Stand 11")}`, organiser)).body as ListData;
    expect(bySubject.list.messages.map((m) => m.subject).sort()).toEqual(
      [
        "Stand 11",
        "Stand 110",
        "Stand 111",
        "Stand 112",
        "Stand 113",
        "Stand 114",
        "Stand 115",
        "Stand 116",
        "Stand 117",
        "Stand 118",
        "Stand 119",
      ].sort(),
    );
    // The user's % is taken literally, not as a wildcard.
    const literal = (await open(`?q=${encodeURIComponent("100%")}`, organiser)).body as ListData;
    expect(literal.list.messages.map((m) => m.to)).toEqual(["carol@example.org"]);
    expect(((await open(`?q=${encodeURIComponent("_")}`, organiser)).body as ListData).list.total).toBe(0);

    const id = first.list.messages[1]?.id ?? 0;
    const detail = await open(`?id=${id}`, organiser);
    expect(detail).toMatchObject({
      status: 200,
      body: { message: { id, subject: "Stand 120", text: "Corps 120" }, list: null },
    });
    const missing = await open("?id=999999", organiser);
    expect(missing).toMatchObject({ status: 404, body: { message: null } });
  });
});
