import { expect, type Page } from "@playwright/test";
import { accountsPort } from "../playwright.config";

/** The studio started with accounts on (playwright.config.ts). */
export const accountsBase = `http://localhost:${accountsPort}`;

export const ADMIN = { name: "Olga Owner", email: "olga@example.org", password: "olga-password-1" };
/** MAGNET_SETUP_CODE of the accounts server (playwright.config.ts). */
export const SETUP_CODE = "e2e-setup-code-0001";

/** Signs in on the sign-in page as a person would; the first admin is created there when nobody exists yet. */
export async function signInThroughPage(page: Page, who: { name?: string; email: string; password: string }): Promise<void> {
  await page.goto(`${accountsBase}/sign-in`);
  const form = page.locator('[data-id="setup-form"], [data-id="sign-in-form"]');
  await expect(form).toBeVisible();
  if ((await form.getAttribute("data-id")) === "setup-form") {
    await page.locator('[data-id="setup-code-input"]').fill(SETUP_CODE);
    await page.locator('[data-id="account-name-input"]').fill(who.name ?? who.email);
  }
  await page.locator('[data-id="email-input"]').fill(who.email);
  await page.locator('[data-id="password-input"]').fill(who.password);
  await page.locator('[data-id="sign-in-submit"]').click();
  await expect(page.locator('[data-id="account-menu"]')).toBeVisible();
}

/** The admin's browser, signed in (creating the admin on a fresh studio). */
export async function signInAsAdmin(page: Page): Promise<void> {
  await signInThroughPage(page, ADMIN);
}
