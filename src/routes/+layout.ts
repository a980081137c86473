// Every page is prerendered; URLs end in a slash so that /<story>/<event>/ is a folder with an
// index.html, which every static host serves without adding ".html" to the path.
export const prerender = true;
export const trailingSlash = 'always';
