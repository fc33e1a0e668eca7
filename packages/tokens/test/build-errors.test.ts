/**
 * Bad sources stop the build with a message naming the file and the token: malformed JSON, a broken
 * reference, a token without a type, and charters that break the rules (an off-palette colour, a
 * wider palette than the parent, a schema violation, an unknown parent).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { repoDir, tempDir } from './helpers.ts';

/** A copy of tokens/ changed by `edit`, built into a temporary folder. */
async function buildChanged(edit: (dir: string) => void) {
  const root = tempDir('tokens');
  const tokensDir = path.join(root, 'tokens');
  cpSync(path.join(repoDir, 'tokens'), tokensDir, { recursive: true });
  edit(tokensDir);
  return build({ tokensDir, outDir: path.join(root, 'dist'), quiet: true });
}

const editJson = (file: string, change: (data: Record<string, any>) => void) => {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  change(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
};

describe('the build fails with a message naming the file and the token', () => {
  it('on a token file that is not valid JSON', async () => {
    await expect(
      buildChanged((dir) => {
        const file = path.join(dir, 'core/spacing.json');
        writeFileSync(file, readFileSync(file, 'utf8').replace('"4v": {', '"4v" {'));
      }),
    ).rejects.toThrow(/tokens\/core\/spacing\.json: not valid JSON at line \d+, column \d+/);
  });

  it('on a reference to a token that does not exist', async () => {
    await expect(
      buildChanged((dir) =>
        editJson(path.join(dir, 'themes/decisions.json'), (d) => {
          d.text['action-high']['blue-france'].$value = '{option.blue-france.sun-114-625}';
        }),
      ),
    ).rejects.toThrow(
      'tokens/themes/decisions.json: text.action-high.blue-france: references {option.blue-france.sun-114-625}, which is not defined',
    );
  });

  it('on a token with no type', async () => {
    await expect(
      buildChanged((dir) =>
        editJson(path.join(dir, 'core/motion.json'), (d) => {
          d.motion.delay = { $value: '0.1s' };
        }),
      ),
    ).rejects.toThrow('tokens/core/motion.json: motion.delay: token has no $type');
  });

  it('on a colour value that is not a colour', async () => {
    await expect(
      buildChanged((dir) =>
        editJson(path.join(dir, 'core/color/primary.json'), (d) => {
          d.color['blue-france']['sun-113'].$value = 'bleu';
        }),
      ),
    ).rejects.toThrow('tokens/core/color/primary.json: color.blue-france.sun-113: color value "bleu" is not a colour');
  });

  it('on an option pair the dark theme forgets', async () => {
    await expect(
      buildChanged((dir) =>
        editJson(path.join(dir, 'themes/dark.json'), (d) => {
          delete d.option.grey['1000-50'];
        }),
      ),
    ).rejects.toThrow('tokens/themes/light.json: option.grey.1000-50: has no dark value');
  });

  it('on a charter adding a colour outside the State palette', async () => {
    await expect(
      buildChanged((dir) =>
        editJson(path.join(dir, 'charters/culture.json'), (d) => {
          d.tokens = { accent: { text: { $type: 'color', $value: '#123456' } } };
        }),
      ),
    ).rejects.toThrow(
      'tokens/charters/culture.json: tokens.accent.text: #123456 (light theme) is not a colour of the State palette allowed by charter "culture"',
    );
  });

  it('on a charter token referring to a decision that does not exist', async () => {
    await expect(
      buildChanged((dir) =>
        editJson(path.join(dir, 'charters/culture.json'), (d) => {
          d.tokens = { accent: { text: { $type: 'color', $value: '{text.action-high.bleu-france}' } } };
        }),
      ),
    ).rejects.toThrow(
      'tokens/charters/culture.json: tokens.accent.text: references {text.action-high.bleu-france}, which is not defined',
    );
  });

  it('on a charter using an accent family it has narrowed away', async () => {
    await expect(
      buildChanged((dir) =>
        editJson(path.join(dir, 'charters/culture.json'), (d) => {
          d.accentFamilies = ['green-menthe'];
          d.tokens = { accent: { artwork: { $type: 'color', $value: '{artwork.major.pink-tuile}' } } };
        }),
      ),
    ).rejects.toThrow(
      /tokens\/charters\/culture\.json: tokens\.accent\.artwork: #[0-9a-f]{6} \(light theme\) is not a colour/,
    );
  });

  it('on a charter allowing an accent family its parent does not', async () => {
    await expect(
      buildChanged((dir) => {
        editJson(path.join(dir, 'charters/gouvernement.json'), (d) => {
          d.accentFamilies = ['green-menthe'];
        });
        writeFileSync(
          path.join(dir, 'charters/service.json'),
          JSON.stringify({ id: 'service', extends: 'gouvernement', accentFamilies: ['green-menthe', 'pink-tuile'] }),
        );
      }),
    ).rejects.toThrow(
      'tokens/charters/service.json: accentFamilies: "pink-tuile" is not allowed by the parent charter "gouvernement"',
    );
  });

  it('on a charter that does not follow the schema', async () => {
    await expect(
      buildChanged((dir) =>
        editJson(path.join(dir, 'charters/interieur.json'), (d) => {
          d.intitule = [];
          d.colour = 'blue';
        }),
      ),
    ).rejects.toThrow(
      /interieur\.json: \(root\): must NOT have additional properties "colour"\n.*interieur\.json: \/intitule: must NOT have fewer than 1 items/,
    );
  });

  it('on a charter extending a charter that does not exist', async () => {
    await expect(
      buildChanged((dir) =>
        editJson(path.join(dir, 'charters/armees.json'), (d) => {
          d.extends = 'defense';
        }),
      ),
    ).rejects.toThrow('tokens/charters/armees.json: extends: no charter "defense"');
  });
});

describe('a charter that narrows the palette within the rules', () => {
  it('builds, and its narrowed families and tokens reach the outputs', async () => {
    const result = await buildChanged((dir) =>
      editJson(path.join(dir, 'charters/culture.json'), (d) => {
        d.accentFamilies = ['pink-macaron', 'yellow-tournesol'];
        d.tokens = { accent: { artwork: { $type: 'color', $value: '{artwork.major.pink-macaron}' } } };
      }),
    );
    const css = readFileSync(path.join(result.outDir, 'css/charters/culture.css'), 'utf8');
    expect(css).toContain('--charte-accent-artwork: var(--artwork-major-pink-macaron);');
    const charters = JSON.parse(readFileSync(path.join(result.outDir, 'json/charters.json'), 'utf8'));
    expect(charters.culture.accentFamilies).toEqual(['pink-macaron', 'yellow-tournesol']);
    expect(charters.culture.tokens['charte-accent-text'].light).toBe('#000091');
    expect(charters.interieur.accentFamilies).toHaveLength(17);
  });
});
