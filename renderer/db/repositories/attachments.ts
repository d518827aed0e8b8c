// Files kept in the database (agreement scans): the only writer of the attachments table.
import { MAX_ATTACHMENT_BYTES, attachmentSchema, type Attachment } from '../../../shared/domain';
import { db } from '../db';
import { ValidationError } from '../errors';
import { newId, stamped, validate } from './base';

/** A file the user picked, not yet stored. */
export interface PickedFile {
  fileName: string;
  data: Uint8Array;
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

export const mimeTypeOf = (fileName: string): string =>
  MIME[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** Builds a validated attachment row; a file over the cap is refused with `attachment.tooLarge`. */
export function attachmentRecord(ownerId: string, file: PickedFile): Attachment {
  if (file.data.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new ValidationError([{ path: 'data', message: 'attachment.tooLarge' }]);
  }
  const row = {
    id: newId(),
    ownerId,
    fileName: file.fileName,
    mimeType: mimeTypeOf(file.fileName),
    size: file.data.byteLength,
    data: file.data,
  };
  return validate(attachmentSchema, stamped<typeof row & { createdAt?: string }>(row));
}

export function getAttachment(id: string): Promise<Attachment | undefined> {
  return db.attachments.get(id);
}

/** Name and size only, for lists (the bytes stay in the database until the file is opened). */
export async function attachmentInfo(id: string): Promise<{ fileName: string; size: number } | undefined> {
  const row = await db.attachments.get(id);
  return row && { fileName: row.fileName, size: row.size };
}
