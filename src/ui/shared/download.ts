/**
 * @file Saves text as a file the person downloads: a Blob URL and a temporary `<a download>`, all in the page, so
 * nothing goes over the network. Behind a function type so tests capture what would be saved.
 */

export type Download = (fileName: string, text: string, type: string) => void;

export const blobDownload: Download = (fileName, text, type) => {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after the click returns: revoke it a little later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
