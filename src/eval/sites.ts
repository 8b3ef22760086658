// Which site a page comes from, and who its gold record says wrote it: the keys leave-site-out
// evaluation groups by, and the author list readability's free-text byline becomes.

/** A host as a site key: `www.` says nothing about the site, so `www.cnn.com` and `cnn.com` are one. */
export function hostSite(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./u, '')
}

/** readability names its pages `site-n` or `site-what-it-tests`: the site is the part before the first `-`. */
export function stemSite(stem: string): string {
  return stem.split('-')[0] ?? stem
}

/**
 * The group whose pages are held out together. One publisher shows up as a short name in one set
 * (`nytimes`) and as hosts in another (`nytimes.com`, or `espn.com` and `espn.co.uk`); the label
 * before the public suffix joins them, so a publisher's pages never help fit the model that
 * scores them. Publishers known by unrelated names in different sets are not joined.
 */
export function foldGroup(site: string): string {
  const labels = site.split('.').filter((l) => l !== '')
  if (labels.length <= 1) return site
  const tld = labels.pop() ?? ''
  // A country's second-level suffix (`co.uk`, `com.au`) is part of the suffix, not the name.
  if (tld.length === 2 && labels.length > 1 && (labels.at(-1) ?? '').length <= 3) labels.pop()
  return labels.at(-1) ?? site
}

/**
 * readability's byline is free text (`By Stella Kim, Jennifer Jett`): a leading `By` dropped,
 * names split at ` and `, `,`, `&` and `;`. Line breaks split too: in these bylines one ends the
 * name before a date or a desk (`By Nathan Willis⏎ March 25, 2015`). Empty when the page names nobody.
 */
export function splitAuthors(byline: string | null): string[] {
  if (byline === null) return []
  return byline
    .trim()
    .replace(/^by\s+/iu, '')
    .split(/[ \t]+and[ \t]+|[,&;\n\r]/u)
    .map((a) => a.replace(/\s+/gu, ' ').trim())
    .filter((a) => a !== '')
}
