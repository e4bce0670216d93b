import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';
import { hintForKind } from '../../../src/article/rules/thread-posts.js';

const reply = (i: number) =>
  `<div class="comment-item"><div class="comment-body"><p>Reply ${i}: I fitted the same pump to my boat last spring, and after a season on the river it still runs quietly, though the inlet needed a new seal.</p></div></div>`;
const thread = (head: string) =>
  `<html><head><title>Bilge pumps</title>${head}</head><body><main><h1>Which bilge pump?</h1><div class="topic"><p>Opening post: my old pump has given up after ten years, and I would like advice on a quiet replacement for a small river boat.</p></div>` +
  `<div class="comment-list">${[1, 2, 3, 4].map(reply).join('')}</div><div class="comments-ad advert">Sponsored pumps on sale</div></main></body></html>`;

describe('thread posts', () => {
  it('keeps every reply of a page that says it is a thread, but not an ad named like them', () => {
    const a = htmlArticle(thread('<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Which bilge pump?"}</script>'));
    expect(a.pageKind).toBe('forum');
    expect(a.text).toContain('Opening post');
    for (const i of [1, 2, 3, 4]) expect(a.text).toContain(`Reply ${i}:`);
    expect(a.text).not.toContain('Sponsored pumps');
  });

  it('still drops a comment section on an article', () => {
    const a = htmlArticle(thread('<meta property="og:type" content="article">'));
    expect(a.pageKind).toBe('article');
    expect(a.text).not.toContain('Reply 1:');
  });

  it('takes the post words out of a hint on forum pages only', () => {
    expect(hintForKind('comment-list', 'forum')).toBe('-list');
    expect(hintForKind('reply-body advert', 'forum')).toBe('-body advert');
    expect(hintForKind('comment-list', 'article')).toBe('comment-list');
  });
});
