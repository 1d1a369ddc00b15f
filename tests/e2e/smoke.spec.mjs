// The first slice: the release build, under a sub-path, shows the seed's
// conference and its five sessions with their speakers.
import { test, expect } from "./fixtures.mjs";

const SEED = [
  ["Microservices Made Easy!", ["Donovan Brown", "Jessica Deen"], "Microsoft"],
  ["GitOps+Jenkins-CI With Declarative Everything", ["Kingdon Barrett"], "Weaveworks"],
  ["Insights into Unsecured Kubernetes in the Wild", ["Jay Chen", "Aviv Sasson"], "Palo Alto Networks"],
  ["Shh, It’s a Secret: Managing Your Secrets in a GitOps Way", ["Jake Wernette", "Josh Kayani"], "IBM"],
  ["How We Built a Cloud On K3s: The Learnings Of Growing Up Fast", ["Alex Jones", "Anaïs Urlichs"], "Civo"],
];

test("the seed's five sessions and their speakers show under a sub-path", async ({ page, problems }) => {
  const response = await page.goto("./");
  expect(response.url()).toContain("/confnotes/");
  await expect(page.getByRole("heading", { name: "KubeCon 2021" }).first()).toBeVisible();
  const list = page.getByRole("list", { name: "Sessions" });
  await expect(list.getByRole("listitem")).toHaveCount(5);
  for (const [title, speakers, org] of SEED) {
    const item = list.getByRole("listitem").filter({ hasText: title });
    await expect(item).toHaveCount(1);
    for (const name of speakers) await expect(item).toContainText(name);
    await expect(item).toContainText(org);
  }
  expect(problems).toEqual([]);
});
