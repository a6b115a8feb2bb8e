import type { Command } from "commander";
import { allCases } from "../../cases/open-case.js";
import { commandContext, print } from "../command-context.js";

/** `qmebench list [--json]`: engines (with traits), cases, properties and figures. */
export function addListCommand(program: Command): void {
  program
    .command("list")
    .description("list engines, cases, properties and figures")
    .option("--json", "machine-readable output")
    .action(async (options: { json?: boolean }) => {
      const { registry } = await commandContext(program);
      const cases = allCases().map((c) => ({
        id: c.definition.id,
        title: c.definition.title,
        source: c.sourceText,
        figures: c.definition.figures ?? [],
        checks: (c.definition.checks ?? []).map((check) => check.property),
      }));
      const engines = registry.engines.map((e) => ({
        id: e.id,
        title: e.title,
        traits: e.traits,
        // the option schema as data (type, default, allowed words, description): what `--option` accepts
        options: e.options ?? {},
        origin: registry.originOf("engine", e.id),
      }));
      const properties = registry.properties.map((p) => ({
        id: p.id,
        title: p.title,
        source: p.source,
        scope: p.scope ?? "general",
      }));
      const figures = registry.figures.map((f) => ({ id: f.id, title: f.title, source: f.source }));
      if (options.json) {
        print(JSON.stringify({ engines, cases, properties, figures }, null, 2));
        return;
      }
      const section = (title: string, rows: { id: string; title: string }[]) =>
        `${title}:\n${rows.map((r) => `  ${r.id.padEnd(34)} ${r.title}`).join("\n")}\n`;
      print(
        [
          section("Engines", engines),
          section("Cases", cases),
          section("Properties", properties),
          section("Figures", figures),
        ].join("\n"),
      );
    });
}
