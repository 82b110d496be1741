// A client that openapi-typescript generated from the committed OpenAPI document (obj/schema.d.ts), used through
// openapi-fetch as an integrator would. It type-checks (tsc, strict) only if the generated types say what the
// contract says: a dueBy is a string or null, never an object. At run time each case file is posted through the
// typed client and compared with the same case posted raw: the dates and nulls are what the service sent.
// Usage: node obj/check.js BASE-URL AS-OF CASE.json...
import createClient from "openapi-fetch";
import { readFileSync } from "node:fs";
import type { components, paths } from "./obj/schema.js";

type Assessment = components["schemas"]["Assessment"];
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Compile-time checks: the nullable dates are string | null (before issue 26 a generator saw an anyOf wrapper).
const dueByIsNullableString: Exactly<Assessment["obligations"][number]["dueBy"], string | null> = true;
const lastDayIsNullableString: Exactly<Assessment["wachttijd"]["lastDay"], string | null> = true;
const firstSickDayIsString: Exactly<Assessment["wachttijd"]["firstSickDay"], string> = true;


const [base, asOf, ...files] = process.argv.slice(2) as [string, string, ...string[]];
const client = createClient<paths>({ baseUrl: base.replace(/\/$/, "") });
const failures: string[] = [];
let dates = 0;
let nulls = 0;

for (const file of files) {
  const text = readFileSync(file, "utf8");
  const body = JSON.parse(text) as components["schemas"]["Case"];
  const { data, error } = await client.POST("/v1/assessments", { params: { query: { asOf } }, body });
  if (!data) {
    failures.push(`${file}: no assessment (${JSON.stringify(error)})`);
    continue;
  }

  const raw = (await (
    await fetch(`${base}v1/assessments?asOf=${asOf}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: text })
  ).json()) as Assessment;
  const same = (path: string, typed: string | null, sent: string | null) => {
    if (typed !== sent) failures.push(`${file} ${path}: read ${typed}, sent ${sent}`);
    if (sent === null) nulls++;
    else dates++;
  };
  same("wachttijd.lastDay", data.wachttijd.lastDay, raw.wachttijd.lastDay);
  same("wachttijd.wiaStart", data.wachttijd.wiaStart, raw.wachttijd.wiaStart);
  data.obligations.forEach((o, i) => {
    const r = raw.obligations[i];
    if (!r) return void failures.push(`${file}: obligation ${i} not sent`);
    same(`obligations[${i}].dueBy`, o.dueBy, r.dueBy);
    same(`obligations[${i}].fulfilledOn`, o.fulfilledOn, r.fulfilledOn);
  });
}

if (!(dueByIsNullableString && lastDayIsNullableString && firstSickDayIsString)) failures.push("the generated types are wrong");
if (dates === 0 || nulls === 0) failures.push(`the cases gave ${dates} dates and ${nulls} nulls: the check needs both`);
for (const f of failures) console.error(`typescript client: ${f}`);
console.log(`typescript client: ${files.length} case(s), ${dates} dates and ${nulls} nulls read as the service sent them; ${failures.length} failure(s)`);
process.exitCode = failures.length === 0 ? 0 : 1;
