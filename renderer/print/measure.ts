import { useEffect, useState } from 'react';
import type { Measure } from '../../shared/fit-text';

const PRINT_FONT = '"Be Vietnam Pro"';

let canvas: HTMLCanvasElement | null = null;

/** Text widths in em of the bundled print font at a weight, measured by the canvas. */
export function canvasMeasure(weight: number): Measure {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      ctx.font = `${weight} 100px ${PRINT_FONT}`;
      w = ctx.measureText(text).width / 100;
      cache.set(text, w);
    }
    return w;
  };
}

/**
 * True once the print font's faces for these weights and this text are loaded. The font is split
 * by script (Vietnamese, Latin, Latin Extended) and each part loads on first use: measuring before
 * that would measure the fallback font, and a card fitted to it could overflow.
 */
export function useFontsReady(weights: readonly number[], text: string): boolean {
  const [ready, setReady] = useState(false);
  const key = `${weights.join(',')}|${text}`;
  useEffect(() => {
    let live = true;
    setReady(false);
    const sample = `${text} ĐđƯưƠơẠạ Aa 0123456789`;
    void Promise.all(weights.map((w) => document.fonts.load(`${w} 16px ${PRINT_FONT}`, sample)))
      .catch(() => undefined)
      .then(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
    // The key holds both inputs.
  }, [key]);
  return ready;
}
