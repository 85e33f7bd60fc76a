import { api } from '$lib/api/client';
import { describeAnswer } from '$lib/api/problem';

/**
 * Downloads an encounter's visit or discharge summary: fetched with the session's cookie (no token, and nothing
 * about the patient, in the address), then saved from a blob link named after the kind of summary only.
 * Answers null when saved, or what went wrong.
 */
export async function downloadSummary(encounterId: string, kind: 'visit' | 'discharge'): Promise<string | null> {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { data, error, response } = await api.GET('/api/encounters/{encounterId}/summary.pdf', {
    params: { path: { encounterId }, query: { timeZone } },
    parseAs: 'blob',
  });
  if (!data) return describeAnswer(error, response);
  const url = URL.createObjectURL(data);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = `${kind}-summary.pdf`;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the blob to the browser's download; the page needs no copy of the record.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  return null;
}
