// custom-elements.json: the elements' attributes, properties, events, slots,
// parts and CSS properties, read from their JSDoc, for IDEs and the docs.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Two corrections to what the analyzer's Lit plugin reads from
 * `static properties` (it was written for decorators):
 *  - an internal `{ state: true }` property is not an attribute, nor public;
 *    the analyzer lists it as both, so IDEs would offer `chosenRegion="…"`;
 *  - an attribute's type is the one its `@attr {…}` JSDoc gives (the values a
 *    partner may write: `'light'|'dark'|'auto'`), not the field's type, which
 *    may be an alias (`Theme`) or wider (`number | string`); and its default
 *    is the field's resolved default (`8000`, not `DEFAULT_INTERVAL`).
 */
function staticPropertiesFix() {
  const states = new Map(); // class name -> Set of state property names
  const attrTypes = new Map(); // class name -> Map of attribute name -> JSDoc type
  return {
    name: 'recovery-widgets: state and attribute types',
    analyzePhase({ ts, node }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      const name = node.name.getText();
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties') continue;
        const object = member.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const property of object.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) (states.get(name) ?? states.set(name, new Set()).get(name)).add(property.name.getText());
        }
      }
      const types = new Map();
      for (const tag of ts.getJSDocTags(node)) {
        if (tag.tagName.text !== 'attr' && tag.tagName.text !== 'attribute') continue;
        const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? '';
        const match = /^\{(.+?)\}\s+\[?([\w-]+)/.exec(text.trim());
        if (match) types.set(match[2], match[1]);
      }
      if (types.size) attrTypes.set(name, types);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const internal = new Set();
          // A state declared here or in a superclass stays internal.
          for (let cls = decl; cls; ) {
            for (const s of states.get(cls.name) ?? []) internal.add(s);
            const sup = cls.superclass?.name;
            cls = sup && customElementsManifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === sup);
          }
          if (internal.size && decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName));
            for (const m of decl.members ?? []) if (internal.has(m.name)) delete m.attribute;
          }
          for (const attr of decl.attributes ?? []) {
            const jsdoc = attrTypes.get(decl.name)?.get(attr.name);
            if (jsdoc) attr.type = { text: jsdoc };
            const field = decl.members?.find((m) => m.name === attr.fieldName);
            if (field?.default !== undefined && /^[A-Z_][A-Z0-9_]*$/.test(attr.default ?? '')) attr.default = field.default;
          }
        }
      }
    },
  };
}

/**
 * The manifest ships in the package, where `src/` does not: modules are
 * named by the files partners import (`dist/esm/…/*.js`, with types beside
 * them), and each element's define module says which tag it defines (it
 * calls our guarded `define`, which the analyzer cannot follow).
 */
function shippedPaths() {
  // From the package root, whether the analyzer wrote it from there (src/x.ts,
  // /src/x.js) or from the module that re-exports it (./x.js); a module of
  // types alone is its .d.ts (the build has written dist/esm by now).
  const shipped = (path, from) => {
    const js = posix
      .normalize(path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, ''))
      .replace(/^src\//, 'dist/esm/')
      .replace(/\.ts$/, '.js');
    return existsSync(js) ? js : js.replace(/\.js$/, '.d.ts');
  };
  return {
    name: 'recovery-widgets: shipped paths and definitions',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const elements = modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [mod, d]));
      for (const [mod, decl] of elements) {
        const define = modules.find((m) => m.path === mod.path.replace(/[^/]+$/, 'define.ts'));
        if (!define) throw new Error(`no define module beside ${mod.path}`);
        define.exports = [
          ...(define.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
          { kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: mod.path } },
        ];
      }
      // Every reference to a module: exports, superclasses, inherited members, events and attributes.
      const visit = (value, from) => {
        if (Array.isArray(value)) value.forEach((v) => visit(v, from));
        else if (value && typeof value === 'object') {
          for (const [key, v] of Object.entries(value)) {
            if (key === 'module' && typeof v === 'string') value[key] = shipped(v, from);
            else visit(v, from);
          }
        }
      };
      for (const mod of modules) {
        visit(mod, mod.path);
        mod.path = shipped(mod.path, mod.path);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/classic.ts', 'src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/content/builtin-*.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [staticPropertiesFix(), shippedPaths()],
};
