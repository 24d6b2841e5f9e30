// Vite plugin: UI messages ship as ICU ASTs parsed at build time, so the browser needs no ICU parser
// (about 32 kB raw of @formatjs/icu-messageformat-parser and icu-skeleton-parser). react-intl formats ASTs as it
// formats strings; a string message left over would throw at run time, so anything this plugin cannot
// parse fails the build instead. The source keeps plain strings: types and Jest (no Vite) are unchanged.
import { parse } from '@formatjs/icu-messageformat-parser';
import { join, sep } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

const SRC = join(import.meta.dirname, '..', 'src') + sep;
// The shell's catalogues and each page's, one file per language: `export const vi = {...}` or `export const en = {...}`.
const CATALOGUES = /[/\\]src[/\\](app[/\\]i18n[/\\](vi|en)|features[/\\][^/\\]+[/\\]messages-(vi|en))\.ts$/;
const LOCALES = ['vi', 'en'];

/** `{...} as const`, `({...})` → {...} */
const unwrap = (node: ts.Expression): ts.Expression =>
  ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node;

export function precompiledMessages(): Plugin {
  return {
    name: 'precompiled-messages',
    // Before the TypeScript transform: the values are still the source's string literals.
    enforce: 'pre',
    // Only precompiled messages reach react-intl, so it can use the parser-less build of its dependency.
    config: () => ({
      resolve: {
        alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/lib/no-parser.js' }],
      },
    }),
    transform: {
      filter: { id: /\.tsx?$/, code: /\bexport const (vi|en)\b/ },
      handler(code, id) {
        if (!id.startsWith(SRC)) return;
        const file = id.slice(SRC.length);
        // A catalogue elsewhere would reach react-intl as strings, which it could no longer parse.
        if (!CATALOGUES.test(id)) this.error(`precompiled-messages: ${file} looks like a catalogue; add its path to CATALOGUES`);
        const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
        const edits: { start: number; end: number; text: string }[] = [];
        const found = new Set<string>();
        for (const statement of source.statements)
          for (const decl of ts.isVariableStatement(statement) ? statement.declarationList.declarations : []) {
            const locale = decl.name.getText();
            if (!LOCALES.includes(locale) || !decl.initializer) continue;
            const catalogue = unwrap(decl.initializer);
            if (!ts.isObjectLiteralExpression(catalogue)) this.error(`precompiled-messages: ${file}: ${locale} is not an object literal`);
            found.add(locale);
            for (const prop of catalogue.properties) {
              if (
                !ts.isPropertyAssignment(prop) ||
                !(ts.isStringLiteral(prop.initializer) || ts.isNoSubstitutionTemplateLiteral(prop.initializer))
              )
                this.error(`precompiled-messages: ${file}: every ${locale} message must be a string literal`, prop.getStart());
              const value = prop.initializer;
              let ast;
              try {
                // As intl-messageformat parses at run time: default options and the message's locale.
                ast = parse(value.text, { locale: new Intl.Locale(locale) });
              } catch (error) {
                this.error(`precompiled-messages: ${file}: ${prop.name.getText()}: ${(error as Error).message}`, value.getStart());
              }
              edits.push({ start: value.getStart(), end: value.getEnd(), text: JSON.stringify(ast) });
            }
          }
        if (!found.size) this.error(`precompiled-messages: ${file}: found no catalogue (export const ${LOCALES.join(' or ')} = {...})`);
        let out = code;
        for (const { start, end, text } of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
        // Each value is replaced on its own line, so the lines keep their places without a source map.
        return { code: out, map: null };
      },
    },
  };
}
