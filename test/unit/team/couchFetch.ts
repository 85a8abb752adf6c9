// Plain CouchDB HTTP for the team tests, as a given user (or anonymously).
import { basicAuthorization, type Credentials } from '../../../scripts/team/couchRequest';

export interface Answer {
  status: number;
  body: Record<string, unknown> & { error?: string; reason?: string };
}

export async function couch(
  url: string,
  path: string,
  options: { as?: Credentials; method?: string; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.as) headers.Authorization = basicAuthorization(options.as);
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${url}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** The rows of a _bulk_docs answer. */
export function bulkResults(answer: Answer): { id: string; error?: string; ok?: boolean }[] {
  return answer.body as unknown as { id: string; error?: string; ok?: boolean }[];
}
