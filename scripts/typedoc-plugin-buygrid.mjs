// A local TypeDoc plugin for the buygrid site:
// - ```mermaid blocks of the guides are drawn as SVG at build time (beautiful-mermaid: no
//   browser, no script in the page), the Mermaid source kept below in a <details>;
// - a link written `{@link process!revisits}` reads `revisits`: the module prefix only
//   says where to look, it is no part of the name.
import { renderMermaidSVG } from 'beautiful-mermaid';
import { Converter, MarkdownEvent } from 'typedoc';

const MERMAID = /^```mermaid[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm;
const LINK_TAGS = new Set(['@link', '@linkcode', '@linkplain']);
const MODULE_PREFIX = /^(\s*)[\w-]+!/;

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The SVG of a diagram, coloured by the site's own CSS variables (light and dark themes), with no web font. */
function drawMermaid(source) {
  const svg = renderMermaidSVG(source, {
    bg: 'var(--color-background)',
    fg: 'var(--color-text)',
    transparent: true,
    font: 'system-ui',
  })
    .replace(/@import url\([^)]*\);?/g, '')
    .replace(/\n\s*\n/g, '\n') // a blank line would end Markdown's HTML block
    .replace(/^<svg ([^>]*?)style="/, '<svg role="img" aria-label="Mermaid diagram" $1style="max-width:none;');
  return [
    `<figure class="buygrid-mermaid"><div style="overflow-x:auto">${svg}</div>`,
    `<details><summary>Mermaid source</summary><pre><code>${escapeHtml(source)}</code></pre></details></figure>`,
  ].join('\n');
}

/** Names a link by the declaration alone: `process!revisits` → `revisits`. */
function nameLinks(parts) {
  for (const part of parts ?? []) {
    if (part.kind === 'inline-tag' && LINK_TAGS.has(part.tag) && MODULE_PREFIX.test(part.text)) {
      part.text = part.text.replace(MODULE_PREFIX, '$1');
    }
  }
}

function nameLinksOfComment(comment) {
  if (comment === undefined) return;
  nameLinks(comment.summary);
  for (const tag of comment.blockTags) nameLinks(tag.content);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const { project } = context;
      nameLinks(project.readme);
      for (const reflection of Object.values(project.reflections)) {
        nameLinksOfComment(reflection.comment);
        if (reflection.isDocument()) nameLinks(reflection.content);
      }
    },
    -400, // after TypeDoc resolves the links (-300), which reads the prefix
  );
  // Before TypeDoc's own Markdown parser (priority 0), so the block never reaches the highlighter.
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      event.parsedText = event.parsedText.replace(MERMAID, (_, source) => drawMermaid(source));
    },
    100,
  );
}
