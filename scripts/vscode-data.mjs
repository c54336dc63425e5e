#!/usr/bin/env node
// Writes dist/vscode.html-custom-data.json from custom-elements.json: VS Code's HTML custom data
// (tags, their attributes with descriptions and allowed values), so an editor completes
// `<hca-netwerkkaart renderer="…">` in plain HTML files. A site points VS Code at it with
// "html.customData": ["./node_modules/@hcaict/widgets/dist/vscode.html-custom-data.json"].
// Type aliases in the manifest (`Renderer`, `Theme`) are expanded from the built declarations.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const OUT = 'dist/vscode.html-custom-data.json';

/** `type Name = 'a' | 'b';` in dist/types, as { Name: ['a', 'b'] }. */
function literalAliases() {
  const aliases = {};
  const walk = (dir) => {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else if (f.name.endsWith('.d.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/type (\w+) = ((?:'[^']*'\s*\|?\s*)+);/g)) aliases[m[1]] = literals(m[2]);
      }
    }
  };
  walk(join(root, 'dist/types'));
  return aliases;
}

function literals(text) {
  const parts = text.split('|').map((s) => s.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

function customData(manifest, aliases = {}) {
  const tags = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const attributes = (d.attributes ?? []).map((a) => {
        const type = a.type?.text?.replace(/\s*\|\s*(null|undefined)\b/g, '').trim() ?? '';
        const values = aliases[type] ?? literals(type);
        const description = [a.description, /^('.*'|\d+|true|false)$/.test(a.default ?? '') ? `Default: \`${a.default}\`.` : ''].filter(Boolean).join(' ');
        return {
          name: a.name,
          ...(description ? { description } : {}),
          ...(type === 'boolean' ? { valueSet: 'v' } : values ? { values: values.map((name) => ({ name })) } : {}),
        };
      });
      const events = (d.events ?? []).map((e) => `- \`${e.name}\`: ${e.description ?? ''}`).join('\n');
      const parts = (d.cssParts ?? []).map((p) => `\`${p.name}\``).join(', ');
      tags.push({
        name: d.tagName,
        description: {
          kind: 'markdown',
          value: [d.summary, events && `Events:\n${events}`, parts && `Parts: ${parts}`].filter(Boolean).join('\n\n'),
        },
        attributes,
      });
    }
  }
  return { $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags };
}

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const data = customData(manifest, literalAliases());
writeFileSync(join(root, OUT), JSON.stringify(data, null, 2) + '\n');
console.log(`${OUT}: ${data.tags.length} tags, ${data.tags.reduce((n, t) => n + t.attributes.length, 0)} attributes`);
