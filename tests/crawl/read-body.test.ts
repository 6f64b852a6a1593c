import { describe, expect, it } from 'vitest';
import { readBodyLimited } from '../../lib/crawl/read-body.ts';

/** A response whose body arrives in the given chunks; `cancelled` records whether the reader cancelled the rest. */
function chunked(chunks: number[][]): { response: Response; state: { cancelled: boolean; pulled: number } } {
  const state = { cancelled: false, pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled++];
      if (next) controller.enqueue(new Uint8Array(next));
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(body), state };
}

describe('readBodyLimited', () => {
  it('reads a whole body in chunks, byte for byte', async () => {
    const { response, state } = chunked([[1, 2, 3], [4, 5]]);
    const { bytes, truncated } = await readBodyLimited(response, 100);
    expect([...bytes]).toEqual([1, 2, 3, 4, 5]);
    expect(truncated).toBe(false);
    expect(state.cancelled).toBe(false);
  });
  it('stops at the limit, keeps what fits and cancels the rest of the stream', async () => {
    const { response, state } = chunked([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    const { bytes, truncated } = await readBodyLimited(response, 4);
    expect([...bytes]).toEqual([1, 2, 3, 4]);
    expect(truncated).toBe(true);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(4);
  });
  it('an empty body is no bytes; a body read to its end stays usable without releasing the reader', async () => {
    expect((await readBodyLimited(new Response(null), 10)).bytes.length).toBe(0);
    const response = new Response('สวัสดี');
    const { bytes } = await readBodyLimited(response, 1_000);
    expect(new TextDecoder().decode(bytes)).toBe('สวัสดี');
    expect(response.bodyUsed).toBe(true);
  });
});
