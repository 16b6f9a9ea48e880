function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path with each segment that does not decode ("%", "100%", a cut
 * UTF-8 escape) escaped as literal text; a path that decodes is returned
 * exactly as it came.
 */
export function escapeUndecodable(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) =>
      decodes(segment) ? segment : encodeURIComponent(segment),
    )
    .join("/");
}
