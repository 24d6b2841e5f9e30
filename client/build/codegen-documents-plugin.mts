// Vite plugin: each `graphql(`...`)` call in client/src becomes an import of that one document, so an
// operation's AST ships in the chunk of the page or component that uses it. Without it, graphql() looks the
// source text up in gql.ts's runtime map, which pulls every document of every route into one shared chunk.
// The official babel/swc optimizers do the same rewrite but import from graphql.ts, still one module (so
// one chunk); here each document is its own virtual module. The source keeps calling graphql(), so types
// and Jest (no Vite) are unchanged.
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

const SRC = join(import.meta.dirname, '..', 'src') + sep;
const GENERATED = join(SRC, '__generated__') + sep;
const VIRTUAL = 'virtual:codegen-document/';

interface Codegen {
  /** gql.ts's map: a graphql() call's source text → the name of its document in graphql.ts. */
  names: Map<string, string>;
  /** graphql.ts: a document's name → its AST as an object literal (JSON). */
  documents: Map<string, string>;
}

const parseTs = (file: string, text = readFileSync(file, 'utf8')) =>
  ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

/** `a as unknown as B` → a */
const unwrap = (node: ts.Expression): ts.Expression => (ts.isAsExpression(node) ? unwrap(node.expression) : node);

function readCodegen(): Codegen {
  const names = new Map<string, string>();
  const documents = new Map<string, string>();
  for (const statement of parseTs(join(GENERATED, 'gql.ts')).statements)
    for (const decl of ts.isVariableStatement(statement) ? statement.declarationList.declarations : [])
      if (decl.name.getText() === 'documents' && decl.initializer && ts.isObjectLiteralExpression(decl.initializer))
        for (const prop of decl.initializer.properties)
          if (ts.isPropertyAssignment(prop) && ts.isStringLiteral(prop.name) && ts.isPropertyAccessExpression(prop.initializer))
            names.set(prop.name.text, prop.initializer.name.text);
  for (const statement of parseTs(join(GENERATED, 'graphql.ts')).statements)
    for (const decl of ts.isVariableStatement(statement) ? statement.declarationList.declarations : []) {
      const value = decl.initializer && unwrap(decl.initializer);
      if (value && ts.isObjectLiteralExpression(value)) documents.set(decl.name.getText(), value.getText());
    }
  if (!names.size || !documents.size)
    throw new Error('codegen-documents: found no documents in client/src/__generated__ (npm run codegen)');
  return { names, documents };
}

export function codegenDocuments(): Plugin {
  let codegen: Codegen | undefined;
  const served = new Set<string>();
  return {
    name: 'codegen-documents',
    // Before the TypeScript transform, which then drops the now unused `graphql` import.
    enforce: 'pre',
    resolveId: {
      filter: { id: /^virtual:codegen-document\// },
      handler: (source) => `\0${source}`,
    },
    load: {
      filter: { id: /^\0virtual:codegen-document\// },
      handler(id) {
        const name = id.slice(1 + VIRTUAL.length);
        const document = (codegen ??= readCodegen()).documents.get(name);
        if (!document) return this.error(`codegen-documents: ${name} is not in __generated__/graphql.ts (npm run codegen)`);
        served.add(id);
        return `export default ${document};`;
      },
    },
    transform: {
      filter: { id: /\.tsx?$/, code: 'graphql(' },
      handler(code, id) {
        if (!id.startsWith(SRC) || id.startsWith(GENERATED)) return;
        const file = id.slice(SRC.length);
        const { names } = (codegen ??= readCodegen());
        const source = parseTs(id, code);
        // The `graphql` import from __generated__, replaced below by one import per document.
        const from = source.statements.find(
          (s): s is ts.ImportDeclaration =>
            ts.isImportDeclaration(s) &&
            /\/__generated__(\/index|\/gql)?$/.test((s.moduleSpecifier as ts.StringLiteral).text) &&
            !!s.importClause?.namedBindings &&
            ts.isNamedImports(s.importClause.namedBindings) &&
            s.importClause.namedBindings.elements.some((e) => (e.propertyName ?? e.name).text === 'graphql'),
        );
        if (!from) return;
        const bindings = (from.importClause!.namedBindings as ts.NamedImports).elements;
        const tag = bindings.find((e) => (e.propertyName ?? e.name).text === 'graphql')!;
        if (bindings.length > 1) this.error(`codegen-documents: ${file} imports more than graphql from __generated__; import it alone`);

        const edits: { start: number; end: number; text: string }[] = [];
        const imported = new Set<string>();
        const visit = (node: ts.Node): void => {
          if (node === from) return;
          // Any other use (graphql passed around, called with a variable) would lose its import below.
          if (
            ts.isIdentifier(node) &&
            node.text === tag.name.text &&
            !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)
          )
            this.error(`codegen-documents: ${file}: use graphql only as graphql(\`...\`)`, node.getStart());
          if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === tag.name.text) {
            const [arg] = node.arguments;
            if (node.arguments.length !== 1 || !ts.isNoSubstitutionTemplateLiteral(arg))
              this.error(`codegen-documents: ${file}: graphql() takes one template literal without \${}`, node.getStart());
            const name = names.get(arg.text);
            const operation = /^\s*(?:query|mutation|subscription|fragment)\s+(\w+)/.exec(arg.text)?.[1] ?? arg.text.trim().slice(0, 40);
            // Codegen is stale: this text is not in gql.ts, so at run time graphql() would return {}.
            if (!name) this.error(`codegen-documents: ${file}: ${operation} differs from __generated__/gql.ts; run npm run codegen`);
            imported.add(name);
            // Keep the line count so the file's other lines keep their positions (no source map needed).
            const newlines = node.getText().split('\n').length - 1;
            edits.push({ start: node.getStart(), end: node.getEnd(), text: `__codegen_${name}${'\n'.repeat(newlines)}` });
            return;
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
        const imports = [...imported].map((name) => `import __codegen_${name} from '${VIRTUAL}${name}';`).join(' ');
        edits.push({ start: from.getStart(), end: from.getEnd(), text: imports });
        let out = code;
        for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
        return { code: out, map: null };
      },
    },
    // Dev server: `npm run codegen` rewrote the documents; read them again and reload the page with them.
    hotUpdate({ file }) {
      if (!file.startsWith(GENERATED)) return;
      codegen = undefined;
      for (const id of served) {
        const mod = this.environment.moduleGraph.getModuleById(id);
        if (mod) this.environment.moduleGraph.invalidateModule(mod);
      }
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
    watchChange(id) {
      if (id.startsWith(GENERATED)) codegen = undefined;
    },
  };
}
