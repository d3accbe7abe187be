import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDatabase } from "../playwright.config";

const bfclDocs = path.resolve("../shared/data/bfcl_v3/multi_turn_func_doc");

test("a catalog imported with the CLI shows in the studio's project list", async ({ page }) => {
  test.skip(!existsSync(bfclDocs), "../shared/data is absent");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();

  execFileSync(
    "npx",
    ["tsx", "server/cli/main.ts", "import", path.join(bfclDocs, "math_api.json"), path.join(bfclDocs, "message_api.json"), "--project", "e2e-bfcl"],
    { env: { ...process.env, MAGNET_DB: e2eDatabase }, stdio: "pipe" },
  );

  await page.reload();
  const row = page.locator('tr[data-id="e2e-bfcl"]');
  await expect(row).toBeVisible();
  await expect(row.locator("td").nth(1)).toHaveText("2");
  await expect(row.locator("td").nth(2)).toHaveText("27");
});

test("the first start shows the demo project with its catalog, graph and paths, and renaming it keeps them", async ({ page }) => {
  await page.goto("/");
  const demo = page.locator('tr[data-id="Demo: travel assistant"]');
  await expect(demo).toBeVisible();
  await expect(demo.locator("td").nth(1)).toHaveText("5");
  await expect(demo.locator("td").nth(2)).toHaveText("55");
  expect(Number(await demo.locator("td").nth(3).textContent())).toBeGreaterThan(100);
  expect(Number(await demo.locator("td").nth(4).textContent())).toBeGreaterThan(0);

  await demo.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New name").fill("Demo: renamed");
  await page.getByRole("button", { name: "Save" }).click();
  const renamed = page.locator('tr[data-id="Demo: renamed"]');
  await expect(renamed.locator("td").nth(2)).toHaveText("55");
  await renamed.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New name").fill("Demo: travel assistant");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(demo).toBeVisible();
});
