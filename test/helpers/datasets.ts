/** Datasets a test generates, served by the test server (test/server-plugin.mjs) like files beside an element's `src`. */
import { readJson } from './wait.js';

/**
 * Serves each of `datasets` as `/__test/store/<folder>/<name>.json`, with copies of the
 * built `companions` beside them (an element reads those from its `src` folder), and
 * returns the URL of the first dataset. Use a new folder per content: loads are cached per URL.
 */
export async function serveDatasets(
  folder: string,
  datasets: Record<string, unknown>,
  companions: string[] = ['regions', 'taxonomy', 'models', 'locations'],
): Promise<string> {
  const url = (name: string) => `/__test/store/${folder}/${name}.json`;
  const put = async (name: string, body: unknown) => {
    const r = await fetch(url(name), { method: 'PUT', body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`${url(name)}: ${r.status}`);
  };
  for (const [name, body] of Object.entries(datasets)) await put(name, body);
  for (const name of companions.filter((c) => !(c in datasets))) await put(name, await readJson(`/dist/data/${name}.json`));
  return url(Object.keys(datasets)[0]);
}
