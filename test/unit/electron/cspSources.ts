// Reading a content security policy in tests: its directives, and whether a connect-src list
// allows an origin, for the source forms our policies use (keywords, scheme-sources such as
// "https:", host-sources "scheme://host" and "scheme://host:port" or ":*").

export function directivesOf(policy: string): Array<[string, ...string[]]> {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter((tokens): tokens is [string, ...string[]] => tokens[0] !== undefined && tokens[0] !== '');
}

export function sourcesOf(policy: string, directive: string): string[] {
  return (
    directivesOf(policy)
      .find(([name]) => name === directive)
      ?.slice(1) ?? []
  );
}

/** Sources that name a place outside the page itself ('self', 'none', data:, blob: do not). */
export function remoteSources(policy: string): string[] {
  return directivesOf(policy)
    .flatMap(([, ...sources]) => sources)
    .filter((source) => !/^'[a-z-]+'$/.test(source) && source !== 'data:' && source !== 'blob:');
}

export function allowsOrigin(sources: readonly string[], origin: string): boolean {
  const url = new URL(origin);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return sources.some((source) => {
    if (source === url.protocol) return true;
    const host = /^([a-z]+:)\/\/([^:/]+)(?::(\*|\d+))?$/.exec(source);
    if (!host || host[1] !== url.protocol || host[2] !== url.hostname) return false;
    const sourcePort = host[3] ?? (host[1] === 'https:' ? '443' : '80');
    return sourcePort === '*' || sourcePort === port;
  });
}
