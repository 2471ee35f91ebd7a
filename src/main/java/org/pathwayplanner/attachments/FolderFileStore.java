package org.pathwayplanner.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bytes as files of a folder, named by a random key. A file is written beside its final name, forced to disk and
 * then renamed in one step, before the transaction that inserts its line commits; if that transaction rolls back the
 * file is deleted. So a line never names a missing or half-written file; a server that dies between the rename and the
 * commit leaves a file no line names, which nobody is ever served.
 */
@Component
class FolderFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

    private final Path folder;

    FolderFileStore(FileSettings settings) {
        this.folder = settings.folder().toAbsolutePath().normalize();
    }

    @Override
    public FileSettings.Store name() {
        return FileSettings.Store.FOLDER;
    }

    @Override
    public void put(long fileId, String key, byte[] content) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A file is stored within the transaction that records it");
        }
        Path target = path(key);
        Path part = target.resolveSibling(key + ".part");
        try {
            Files.createDirectories(folder);
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(java.nio.ByteBuffer.wrap(content));
                out.force(true);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException("The file could not be stored in " + folder, e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(target);
                }
            }
        });
    }

    @Override
    public byte[] get(long fileId, String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("The content of file " + fileId + " could not be read", e);
        }
    }

    /** Deletes the file once the transaction that deleted its line commits (a leaver's records). */
    void deleteOnCommit(String key) {
        Path target = path(key);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deleteQuietly(target);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(target);
            }
        });
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return folder.resolve(key);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a file no line names is never served; nothing else to do
        }
    }
}
