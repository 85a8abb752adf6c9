// A one-page PDF (A4 landscape) holding one JPEG image, fitted within the margins: the
// picture of the map as a PDF without a library. PDF readers decode JPEG themselves
// (DCTDecode), so the image's bytes go in as they are.

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
/** 1 cm of margin, in points. */
const MARGIN = 28.35;

export interface JpegImage {
  bytes: Uint8Array;
  /** Size in pixels. */
  width: number;
  height: number;
}

const ascii = (text: string) => new TextEncoder().encode(text);

export function pdfFromJpeg(image: JpegImage, title: string): Uint8Array<ArrayBuffer> {
  if (!(image.width > 0 && image.height > 0)) throw new Error('The picture has no size');
  const room = { width: A4_LANDSCAPE.width - 2 * MARGIN, height: A4_LANDSCAPE.height - 2 * MARGIN };
  const scale = Math.min(room.width / image.width, room.height / image.height);
  const [drawnWidth, drawnHeight] = [image.width * scale, image.height * scale];
  const [left, bottom] = [(A4_LANDSCAPE.width - drawnWidth) / 2, A4_LANDSCAPE.height - MARGIN - drawnHeight];
  const content = `q ${drawnWidth.toFixed(2)} 0 0 ${drawnHeight.toFixed(2)} ${left.toFixed(2)} ${bottom.toFixed(2)} cm /Picture Do Q`;
  // The title goes in the document's information as UTF-16BE hex, so any name is safe in it.
  const titleHex = [...title]
    .flatMap((character) => {
      const code = character.codePointAt(0)!;
      const units = code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code];
      return units.map((unit) => unit.toString(16).padStart(4, '0'));
    })
    .join('');
  const objects: Array<Array<string | Uint8Array>> = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4_LANDSCAPE.width} ${A4_LANDSCAPE.height}] /Resources << /XObject << /Picture 4 0 R >> >> /Contents 5 0 R >>`,
    ],
    [
      `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.bytes.length} >>\nstream\n`,
      image.bytes,
      '\nendstream',
    ],
    [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
    [`<< /Title <FEFF${titleHex}> /Producer (Trama) >>`],
  ];
  // A comment of bytes above 127 marks the file as binary for transfer tools.
  const header = new Uint8Array([...ascii('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
  const chunks: Uint8Array[] = [header];
  let offset = header.length;
  const offsets: number[] = [];
  objects.forEach((parts, index) => {
    offsets.push(offset);
    const pieces = [
      ascii(`${index + 1} 0 obj\n`),
      ...parts.map((part) => (typeof part === 'string' ? ascii(part) : part)),
      ascii('\nendobj\n'),
    ];
    for (const piece of pieces) {
      chunks.push(piece);
      offset += piece.length;
    }
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((start) => `${String(start).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
  ].join('');
  chunks.push(ascii(xref));
  const pdf = new Uint8Array(new ArrayBuffer(chunks.reduce((sum, chunk) => sum + chunk.length, 0)));
  let at = 0;
  for (const chunk of chunks) {
    pdf.set(chunk, at);
    at += chunk.length;
  }
  return pdf;
}
