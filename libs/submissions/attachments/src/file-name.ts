const MAX_NAME_LENGTH = 180;

/**
 * A file name safe to store and to send back in Content-Disposition: NFC, no folders, no control or reserved
 * characters, bounded length, ending in the extension of the detected type.
 */
export function sanitiseFileName(given: string, extension: string): string {
  const base =
    given
      .normalize('NFC')
      .split(/[/\\]/)
      .pop()!
      .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[.\s]+|[.\s]+$/g, '') || 'tep-dinh-kem';
  const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const stem = (withoutExtension || base).slice(0, MAX_NAME_LENGTH - extension.length - 1).trimEnd();
  return `${stem}.${extension}`;
}
