import { expect, test } from "@playwright/test";

test("a malformed catalog file is refused with its file, record and field named, and nothing of it is imported", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByLabel("New project").fill("e2e-malformed");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/\d+\/catalog$/);

  const malformed = JSON.stringify([
    { name: "get_weather", description: "Weather for a city.", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } },
    { name: "broken", description: "Bad schema.", parameters: { type: "object", properties: { city: { type: 42 } } } },
  ]);
  await page.getByLabel("Choose files").setInputFiles({ name: "broken-tools.json", mimeType: "application/json", buffer: Buffer.from(malformed) });
  await page.getByTestId("import-button").click();

  const result = page.getByTestId("import-results").locator('[data-id="broken-tools.json"]');
  const alert = result.getByRole("alert");
  await expect(alert).toContainText("broken-tools.json");
  await expect(alert).toContainText("record 1");
  await expect(alert).toContainText("parameters.properties.city");
  await page.screenshot({ path: testInfo.outputPath("malformed-file-refused.png"), fullPage: true });
  await expect(page.getByTestId("functions").locator("tbody tr")).toHaveCount(0);
});
