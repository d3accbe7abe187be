import { expect, test } from "@playwright/test";

test("without accounts the studio answers loopback only, whatever name a request gives", async ({ request }) => {
  const ok = await request.get("/api/trpc/projects.list");
  expect(ok.status()).toBe(200);
  // A DNS-rebinding page, or a neighbour on the LAN, reaches the same socket under another name.
  for (const host of ["attacker.example:3100", "192.168.1.20:3100", "127.0.0.1.nip.io"]) {
    const refused = await request.get("/api/trpc/teachers.list", { headers: { host } });
    expect(refused.status(), host).toBe(403);
    expect(await refused.text()).toMatch(/only on loopback/);
    const page = await request.get("/", { headers: { host } });
    expect(page.status(), host).toBe(403);
  }
});
