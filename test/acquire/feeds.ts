/** Feed documents written for the tests (invented sites and stories). */
export const LONG_BODY = Array.from(
  { length: 12 },
  (_, i) => `<p>Paragraph ${i + 1}: the river authority said the new flood barrier held through the storm, and engineers will inspect it again next week.</p>`,
).join('');

export function rss(links: { teaser: string; full: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Valley Courier &amp; Post</title>
  <link>https://courier.example/</link>
  <item>
    <title>Council delays vote</title>
    <link>${links.teaser}</link>
    <pubDate>Tue, 09 Apr 2024 08:30:00 +0200</pubDate>
    <description>A short teaser only.</description>
  </item>
  <item>
    <title>Barrier holds</title>
    <link>${links.full}</link>
    <dc:date>2024-04-10T12:00:00Z</dc:date>
    <content:encoded><![CDATA[${LONG_BODY}]]></content:encoded>
  </item>
  <item>
    <title>No link here</title>
    <description>Nothing to fetch.</description>
  </item>
</channel>
</rss>`;
}

export function atom(link: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Notes</title>
  <entry>
    <title>Ferry timetable changes</title>
    <link rel="alternate" href="${link}"/>
    <link rel="edit" href="https://harbour.example/edit/1"/>
    <published>2024-03-02T07:00:00-05:00</published>
    <summary>Short.</summary>
  </entry>
  <entry>
    <title type="html">Pier &lt;b&gt;repairs&lt;/b&gt;</title>
    <link href="/stories/pier"/>
    <updated>2024-03-05T10:00:00Z</updated>
    <content type="html">${LONG_BODY.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content>
  </entry>
</feed>`;
}
