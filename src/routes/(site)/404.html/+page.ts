// Prerendered to build/404.html, which static hosts serve for any unknown path. No client-side
// code: it must work at any depth and without JavaScript.
export const csr = false;
export const trailingSlash = 'never';
