/** The embed builder's state (src/embed-builder/builder-model.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../src/engine/version.ts';
import { embedBuilderModel } from '../../src/embed-builder/builder-model.ts';

const ROOT = 'https://hire-order.example/';
const model = () => embedBuilderModel('/', ROOT, 'Plan your AI hires');

describe('the embed builder', () => {
  it('starts with the plain embed: light, our accent, no answers', () => {
    const builder = model();
    expect(builder.previewSrc.value).toBe('/embed/');
    expect(builder.snippets.value).toEqual([`<div data-hire-order></div>\n<script src="${ROOT}embed.js" async></script>`]);
  });

  it('fills answers as the quiz would, leaves one open again, and drops a conditional one whose condition goes', () => {
    const builder = model();
    builder.answer('predictive_roi', 'yes');
    builder.answer('data_sufficiency', 'no');
    builder.answer('have', []);
    expect(builder.answers.value).toEqual({ predictive_roi: 'yes', data_sufficiency: 'no', have: [] });
    builder.answer('predictive_roi', 'no');
    expect(builder.answers.value).toEqual({ predictive_roi: 'no', have: [] });
    builder.answer('have', null);
    builder.answer('predictive_roi', null);
    expect(builder.answers.value).toEqual({});
  });

  it('previews on this site what the snippets ask of the deployed one', () => {
    const builder = model();
    builder.answer('stage', 'pilot');
    builder.setTheme('dark');
    builder.setAccentText(' #E63 ');
    builder.setTransparent(true);
    builder.setEmbedIdText(' post-7 ');
    const query = `stage=pilot&v=${MODEL_VERSION}&theme=dark&accent=%23ee6633&bg=transparent&embed_id=post-7`;
    expect(builder.previewSrc.value).toBe(`/embed/?${query}`);
    builder.setPlatform('markdown');
    expect(builder.snippets.value[0]).toContain(`src="${ROOT}embed/?${query.replaceAll('&', '&amp;')}"`);
    builder.setRoot('http://127.0.0.1:5555/');
    expect(builder.snippets.value[0]).toContain('src="http://127.0.0.1:5555/embed/?');
  });

  it('flags an accent that is not hex, and leaves it out', () => {
    const builder = model();
    builder.setAccentText('red;background:url(x)');
    expect(builder.accentInvalid.value).toBe(true);
    expect(builder.choice.value.accent).toBeNull();
    builder.setAccentText('');
    expect(builder.accentInvalid.value).toBe(false);
  });

  it('says how an accent is drawn where it must change, in the schemes the theme shows', () => {
    const builder = model();
    builder.setAccentText('#ffcc00'); // too light for white, fine on dark
    expect(builder.accentShift.value).toEqual({ light: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    builder.setTheme('dark');
    expect(builder.accentShift.value).toBeNull();
    builder.setAccentText('#1f2a44'); // too dark for dark, fine on white
    builder.setTheme('auto');
    expect(Object.keys(builder.accentShift.value ?? {})).toEqual(['dark']);
  });
});
