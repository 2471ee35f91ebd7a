package org.pathwayplanner.attachments;

/**
 * Where the bytes of evidence files are kept, apart from {@code pathway_file} (the lines pages read). A store writes
 * within the transaction that inserts the file's line: both are kept, or neither.
 */
interface FileStore {

    FileSettings.Store name();

    /** Keeps the bytes of the file whose line ({@code fileId}) this transaction has just inserted. */
    void put(long fileId, String key, byte[] content);

    byte[] get(long fileId, String key);
}
