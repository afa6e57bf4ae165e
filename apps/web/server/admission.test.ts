import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { admission } from './admission.ts';

describe('admission', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('works on two requests at a time, lets three wait in order, and turns the sixth away', async () => {
    const started: number[] = [];
    const releases = new Map<number, () => void>();
    const arrived: string[] = [];
    const app = express();
    app.use((req, _res, next) => {
      arrived.push(req.path);
      next();
    });
    app.use(admission(2, 3, (language) => `busy (${language})`));
    app.get('/:n', async (req, res) => {
      const n = Number(req.params.n);
      started.push(n);
      await new Promise<void>((resolve) => releases.set(n, resolve));
      res.send(String(n));
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    close = () => server.close();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const answers: Array<Promise<Response>> = [];
    for (let n = 1; n <= 5; n++) {
      answers.push(fetch(`${base}/${n}`));
      // One at a time, so the order of arrival is known.
      await expect.poll(() => arrived.length).toBe(n);
    }
    expect(started).toEqual([1, 2]);
    const refused = await fetch(`${base}/6`, { headers: { 'accept-language': 'it' } });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.text()).toBe('busy (it)');

    releases.get(2)!();
    await expect.poll(() => started).toEqual([1, 2, 3]);
    releases.get(1)!();
    await expect.poll(() => started).toEqual([1, 2, 3, 4]);
    for (const n of [3, 4]) releases.get(n)!();
    await expect.poll(() => started).toEqual([1, 2, 3, 4, 5]);
    releases.get(5)!();
    expect(await Promise.all(answers.map(async (a) => (await a).text()))).toEqual(['1', '2', '3', '4', '5']);
  });
});
