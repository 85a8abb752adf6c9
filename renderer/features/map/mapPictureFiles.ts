import { pdfFromJpeg } from './pdfFromJpeg';

// The framed SVG picture of the map drawn into a canvas by the browser itself, then saved as
// PNG or put on an A4 page as PDF: the three files show the same drawing.

/** Pixels per CSS pixel: sharp when printed, yet well within Chromium's canvas limits. */
const PNG_SCALE = 2;
const PDF_SCALE = 2;
const CANVAS_MAX_SIDE = 8_000;

function sizeOf(svg: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  return { width: Number(root.getAttribute('width')) || 1, height: Number(root.getAttribute('height')) || 1 };
}

async function drawSvg(svg: string, scale: number): Promise<HTMLCanvasElement> {
  const { width, height } = sizeOf(svg);
  const fitted = Math.min(scale, CANVAS_MAX_SIDE / width, CANVAS_MAX_SIDE / height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * fitted);
    canvas.height = Math.round(height * fitted);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw the picture on');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function canvasBytes(
  canvas: HTMLCanvasElement,
  type: 'image/png' | 'image/jpeg',
): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.92));
  if (!blob) throw new Error('The picture could not be drawn');
  return new Uint8Array(await blob.arrayBuffer());
}

export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  return canvasBytes(await drawSvg(svg, PNG_SCALE), 'image/png');
}

export async function svgToPdf(svg: string, title: string): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = await drawSvg(svg, PDF_SCALE);
  const bytes = await canvasBytes(canvas, 'image/jpeg');
  return pdfFromJpeg({ bytes, width: canvas.width, height: canvas.height }, title);
}
