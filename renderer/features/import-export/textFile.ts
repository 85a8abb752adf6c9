// The text of a CSV or TXT file, whatever Excel saved it as: UTF-8 with or without a
// byte-order mark, "Unicode text" (UTF-16 with its mark), or Windows-1252 from an Italian
// Windows. A UTF-8 file holding a few Windows-1252 bytes (two files pasted together) keeps
// its UTF-8: only the bytes that are not UTF-8 are read as Windows-1252, and counted, so that
// the preview can say so.

export interface DecodedText {
  text: string;
  /** Bytes that were not UTF-8 and were read as Windows-1252. */
  windows1252Bytes: number;
}

const startsWith = (bytes: Uint8Array, ...mark: number[]) => mark.every((byte, index) => bytes[index] === byte);

export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, 0xff, 0xfe))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), windows1252Bytes: 0 };
  if (startsWith(bytes, 0xfe, 0xff))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), windows1252Bytes: 0 };
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), windows1252Bytes: 0 };
  } catch {
    return decodeUtf8OrWindows1252(body);
  }
}

const isContinuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;
const isWithin = (byte: number | undefined, low: number, high: number) =>
  byte !== undefined && byte >= low && byte <= high;

/** The length of the well-formed UTF-8 sequence at `index` (the WHATWG decoder's rules), 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!;
  if (lead < 0x80) return 1;
  const second = bytes[index + 1];
  if (lead >= 0xc2 && lead <= 0xdf) return isContinuation(second) ? 2 : 0;
  const third = bytes[index + 2];
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return isWithin(second, low, high) && isContinuation(third) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return isWithin(second, low, high) && isContinuation(third) && isContinuation(bytes[index + 3]) ? 4 : 0;
  }
  return 0;
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): DecodedText {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const windows1252 = new TextDecoder('windows-1252');
  const parts: string[] = [];
  let runStart = 0;
  let windows1252Bytes = 0;
  for (let index = 0; index < bytes.length;) {
    const length = utf8SequenceLength(bytes, index);
    if (length > 0) {
      index += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(runStart, index)), windows1252.decode(bytes.subarray(index, index + 1)));
    windows1252Bytes += 1;
    index += 1;
    runStart = index;
  }
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), windows1252Bytes };
}
