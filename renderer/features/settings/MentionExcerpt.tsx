import type { MentionMatcher } from '../../../shared/domain/mentions';

/** Characters shown on each side of the first mention of a long text. */
const CONTEXT = 80;
const MAX_SHOWN = 320;

/** The part of a text around the person's mentions, each one marked. */
export function MentionExcerpt({ text, matcher }: { text: string; matcher: MentionMatcher }) {
  const spans = matcher.find(text);
  const from = text.length <= MAX_SHOWN ? 0 : Math.max(0, (spans[0]?.start ?? 0) - CONTEXT);
  const to = Math.min(text.length, from + MAX_SHOWN);
  const parts: Array<{ text: string; isMention: boolean }> = [];
  let at = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, to);
    if (start > at) parts.push({ text: text.slice(at, start), isMention: false });
    parts.push({ text: text.slice(start, end), isMention: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), isMention: false });
  return (
    <q className="mention-excerpt">
      {from > 0 && '…'}
      {parts.map((part, index) =>
        part.isMention ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
      {to < text.length && '…'}
    </q>
  );
}
