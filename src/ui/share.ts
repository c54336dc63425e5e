/**
 * Sharing a link the way the visitor's device offers it: the system share sheet where
 * there is one (phones), else the clipboard. The caller shows the outcome in words.
 */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareLink(url: string, { title, sheet = true }: { title?: string; sheet?: boolean } = {}): Promise<ShareOutcome> {
  if (sheet && typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (e) {
      if ((e as DOMException).name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
