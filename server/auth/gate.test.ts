import { describe, expect, it } from "vitest";
import { gate } from "./gate";

const request = (host: string, path: string, accountsOn: boolean, hasSessionCookie = false) => gate({ host, path, accountsOn, hasSessionCookie });

describe("the request gate", () => {
  it("serves loopback without accounts", () => {
    expect(request("127.0.0.1:3000", "/projects/1/graph", false).kind).toBe("pass");
    expect(request("localhost:3000", "/api/trpc/projects.list", false).kind).toBe("pass");
  });

  it("refuses any other Host without accounts, API included (DNS rebinding, LAN access)", () => {
    for (const host of ["192.168.1.7:3000", "attacker.example:3000", "127.0.0.1.nip.io:3000"]) {
      const decision = request(host, "/api/trpc/teachers.list", false);
      expect(decision.kind).toBe("refuse");
    }
  });

  it("sends the signed-out to the sign-in page, but lets them reach it and the API", () => {
    expect(request("studio.lan", "/projects/1/review", true).kind).toBe("sign-in");
    expect(request("studio.lan", "/", true).kind).toBe("sign-in");
    expect(request("studio.lan", "/sign-in", true).kind).toBe("pass");
    expect(request("studio.lan", "/api/auth/sign-in/email", true).kind).toBe("pass");
    expect(request("studio.lan", "/projects/1/review", true, true).kind).toBe("pass");
  });
});
