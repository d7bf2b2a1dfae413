/**
 * Hands a file to the person: a download in the browser shell, the save dialog Electron shows
 * for a download in the kiosk app.
 */
export function saveFile(
  doc: Document,
  file: { fileName: string; text: string; type: string },
): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
