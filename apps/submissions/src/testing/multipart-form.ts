/** A multipart/form-data request body with one file part, as a browser's FormData sends it. */
export async function formWith(content: Buffer, fileName: string, part = 'file') {
  const form = new FormData();
  form.append(part, new Blob([content]), fileName);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    headers: { 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  };
}
