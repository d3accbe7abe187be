import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditLog, authAccounts } from "../../../db/schema";
import { sessionViewer } from "../../auth/session-viewer";
import type { Viewer } from "../../auth/viewer";
import { openTempDatabase } from "../../../test/temp-db";
import { createInnerContext } from "../context";
import { createCaller } from "../root";
import { callerAs, expectTrpcError, TEST_SETUP_CODE, testAuth } from "../test/caller";

let database: ReturnType<typeof openTempDatabase> | undefined;
afterEach(() => database?.dispose());

const admin = { name: "Ada Admin", email: "ada@example.org", password: "correct horse battery" };
const setupCode = TEST_SETUP_CODE;

async function studioWithAdmin() {
  database = openTempDatabase();
  const db = database.db;
  const auth = testAuth(db);
  const signedOut = callerAs(db, null, auth);
  const created = await signedOut.accounts.setup({ ...admin, setupCode });
  const adminViewer: Viewer = { id: created.id, name: admin.name, email: admin.email, role: "admin" };
  return { db, auth, signedOut, asAdmin: callerAs(db, adminViewer, auth) };
}

const signIn = (auth: ReturnType<typeof testAuth>, email: string, password: string, ip = "10.0.0.1") =>
  auth.handler(
    new Request("http://127.0.0.1:3999/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://127.0.0.1:3999", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );

describe("accounts", () => {
  it("asks for the first admin once, then refuses a second setup", async () => {
    const { signedOut, db, auth } = await studioWithAdmin();
    expect(await signedOut.accounts.status()).toMatchObject({ accounts: true, needsFirstAdmin: false, viewer: null });
    await expectTrpcError(signedOut.accounts.setup({ ...admin, email: "eve@example.org", setupCode }), "BAD_REQUEST", /already has its admin/);
    const stored = db.select({ password: authAccounts.password }).from(authAccounts).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.password).not.toContain(admin.password);
    expect(stored[0]?.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    const response = await signIn(auth, admin.email, admin.password);
    expect(response.status).toBe(200);
  });

  it("creates the first admin only with the setup code the studio printed", async () => {
    database = openTempDatabase();
    const auth = testAuth(database.db);
    const signedOut = callerAs(database.db, null, auth);
    await expectTrpcError(signedOut.accounts.setup({ ...admin, setupCode: "guess-1234" }), "BAD_REQUEST", /wrong setup code/);
    expect((await signedOut.accounts.status()).needsFirstAdmin).toBe(true);
    const unconfigured = createCaller(createInnerContext(database.db, { viewer: null, auth }));
    await expectTrpcError(unconfigured.accounts.setup({ ...admin, setupCode: "" }), "BAD_REQUEST", /MAGNET_SETUP_CODE/);
    expect((await signedOut.accounts.status()).needsFirstAdmin).toBe(true);
  });

  it("signs in with an httpOnly session cookie that names the account and its role", async () => {
    const { auth, asAdmin } = await studioWithAdmin();
    await asAdmin.accounts.create({ name: "Rita Reviewer", email: "rita@example.org", password: "rita-password-1", role: "reviewer" });
    const response = await signIn(auth, "rita@example.org", "rita-password-1");
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const viewer = await sessionViewer(auth, new Headers({ cookie: cookie.split(";")[0] ?? "" }));
    expect(viewer).toMatchObject({ email: "rita@example.org", role: "reviewer" });
  });

  it("refuses a wrong password, and rate-limits repeated attempts from one address", async () => {
    const { auth } = await studioWithAdmin();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signIn(auth, admin.email, `wrong-password-${i}`, "10.9.9.9")).status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Another address is not punished for the first one's attempts.
    expect((await signIn(auth, admin.email, admin.password, "10.9.9.10")).status).toBe(200);
  });

  it("never lets the sign-up body choose a role", async () => {
    const { auth } = await studioWithAdmin();
    // The body's role is dropped (the field is not an input): the account gets the default, the least one.
    const body = { name: "Mallory", email: "mallory@example.org", password: "mallory-password", role: "admin" };
    const created = await auth.api.signUpEmail({ body });
    expect(created.user.role).toBe("reviewer");
  });

  it("keeps the last admin, and lets only admins manage people", async () => {
    const { asAdmin, db, auth } = await studioWithAdmin();
    const [me] = await asAdmin.accounts.list();
    await expectTrpcError(asAdmin.accounts.setRole({ id: me!.id, role: "reviewer" }), "BAD_REQUEST", /last admin/);
    await expectTrpcError(asAdmin.accounts.remove({ id: me!.id }), "BAD_REQUEST", /your own account/);
    const ann = await asAdmin.accounts.create({ name: "Ann", email: "ann@example.org", password: "ann-password-1", role: "annotator" });
    const asAnnotator = callerAs(db, { id: ann.id, name: "Ann", email: "ann@example.org", role: "annotator" }, auth);
    await expectTrpcError(asAnnotator.accounts.list(), "FORBIDDEN", /annotator may not/);
    await expectTrpcError(asAnnotator.accounts.create({ name: "X", email: "x@example.org", password: "x-password-12", role: "admin" }), "FORBIDDEN", /annotator/);
    await asAdmin.accounts.setRole({ id: ann.id, role: "reviewer" });
    expect((await asAdmin.accounts.list()).find((u) => u.id === ann.id)?.role).toBe("reviewer");
    const denied = db.select().from(auditLog).where(eq(auditLog.outcome, "denied")).all();
    expect(denied.map((d) => d.action)).toEqual(["accounts.list", "accounts.create"]);
    expect(denied.every((d) => !(d.detail ?? "").includes("x-password-12"))).toBe(true);
  });
});
