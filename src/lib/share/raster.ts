/**
 * SVG to PNG at build time, without a browser: resvg (a renderer made for SVG), with fonts from
 * an npm package (DejaVu Sans, which also covers Cyrillic and Arabic) and never the machine's
 * own, so that every build on every machine draws the same pixels.
 */
import { renderAsync } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSerif', 'DejaVuSerif-Italic'].map((f) => join(fontDir, `${f}.ttf`));

/** `svg` drawn `width` px wide (its height in proportion), as PNG bytes; off the main thread. */
export async function png(svg: string, width: number): Promise<Uint8Array<ArrayBuffer>> {
	const image = await renderAsync(svg, {
		fitTo: { mode: 'width', value: width },
		font: { loadSystemFonts: false, fontFiles: FONTS, defaultFontFamily: 'DejaVu Sans' }
	});
	return new Uint8Array(image.asPng());
}
