/** Custom-elements manifest: the components' public API, read from their JSDoc. */

/**
 * Writes the values of the type aliases that are unions of literals (`BadgeType`, `Accent`…) into the types of
 * attributes and properties, so that documentation tables and Storybook controls list them. Also drops the
 * event the analyzer reads from `CharteElement.emit(type)`: its name is a parameter, not an event.
 */
function expandLiteralAliases() {
  const aliases = new Map();
  const arrays = new Map();
  const literals = (ts, node) =>
    ts.isUnionTypeNode(node) && node.types.every((t) => ts.isLiteralTypeNode(t))
      ? node.types.map((t) => t.getText())
      : undefined;
  return {
    name: 'charte-expand-literal-aliases',
    collectPhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isAsExpression(node.initializer)) {
        const array = node.initializer.expression;
        if (ts.isArrayLiteralExpression(array) && array.elements.every((e) => ts.isStringLiteral(e)))
          arrays.set(
            node.name.getText(),
            array.elements.map((e) => `'${e.text}'`),
          );
      }
      if (!ts.isTypeAliasDeclaration(node)) return;
      const name = node.name.text;
      const union = literals(ts, node.type);
      if (union) aliases.set(name, union);
      else if (ts.isIndexedAccessTypeNode(node.type) && ts.isParenthesizedTypeNode(node.type.objectType)) {
        // `(typeof ACCENTS)[number]`
        const query = node.type.objectType.type;
        if (ts.isTypeQueryNode(query)) aliases.set(name, { array: query.exprName.getText() });
      } else if (ts.isTypeReferenceNode(node.type)) aliases.set(name, { alias: node.type.typeName.getText() });
    },
    packageLinkPhase({ customElementsManifest }) {
      const resolve = (name, depth = 0) => {
        const value = aliases.get(name);
        if (!value || depth > 4) return undefined;
        if (Array.isArray(value)) return value;
        if (value.array) return arrays.get(value.array);
        return resolve(value.alias, depth + 1);
      };
      const expand = (type) => {
        if (!type?.text) return;
        type.text = type.text.replace(/\b[A-Z][A-Za-z]*\b/g, (word) => resolve(word)?.join(' | ') ?? word);
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) expand(attribute.type);
          for (const member of declaration.members ?? []) expand(member.type);
          if (declaration.events)
            declaration.events = declaration.events.filter(
              (event) =>
                !(
                  event.name === 'type' &&
                  (event.inheritedFrom?.name === 'CharteElement' || declaration.name === 'CharteElement')
                ),
            );
        }
      }
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/base/*.ts', 'src/styles/accents.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.fixtures.ts',
    'src/**/fixture-*.ts',
    'src/**/*.styles.ts',
    'src/**/define.ts',
    'src/**/index.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [expandLiteralAliases()],
};
