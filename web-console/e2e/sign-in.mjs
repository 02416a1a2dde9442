// Signs a designer in on Keycloak's own page, as a person would: the console's "Sign in" link, the
// login form, back on Today. Shared by the tour and the Lighthouse run.
export async function signIn(page, gateway, user) {
  await page.goto(gateway + "/");
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.waitForSelector("#kc-form-login");
  await page.fill("#username", user);
  await page.fill("#password", user);
  await page.click("#kc-login");
  await page.waitForURL(gateway + "/");
  await page.getByRole("heading", { name: "Today" }).waitFor();
}
