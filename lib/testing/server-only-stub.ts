// Vitest runs outside the React Server Components bundler, where the real
// `server-only` module throws on import. Tests alias it to this empty module.
export {};
