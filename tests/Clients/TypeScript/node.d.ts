// The little of Node.js the check uses, so the check needs no @types/node.
declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
}
declare const process: { argv: string[]; exitCode?: number };
declare function fetch(
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
): Promise<{ json(): Promise<unknown> }>;
