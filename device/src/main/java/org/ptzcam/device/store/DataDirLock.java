package org.ptzcam.device.store;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ptzcam.device.DeviceStartException;

/**
 * Exclusive use of a data directory: an OS lock on {@code <dir>/.lock}, which also holds the
 * owner's pid so that a refused process can say who owns the directory.
 *
 * <p>POSIX record locks belong to the process, and closing <em>any</em> descriptor of the file
 * drops them. So a second attempt from this same process must not open the file at all: we look
 * for an open descriptor in {@code /proc/self/fd} first ({@link OwnDescriptors}), under a
 * per-path monitor so that two threads cannot both pass that check.
 *
 * <p>The lock file is never deleted: unlinking it while another process waits on the old inode
 * would let two processes each hold "the" lock.
 */
public final class DataDirLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataDirLock acquire(DataDirLayout layout) throws DeviceStartException {
        Path lockFile = layout.lockFile();
        // The monitor is JVM-wide on purpose: the OS lock it guards is process-wide too.
        synchronized (("org.ptzcam.device.store.DataDirLock:" + lockFile).intern()) {
            long ownPid = ProcessHandle.current().pid();
            if (OwnDescriptors.isOpen(lockFile)) {
                throw inUseHere(layout, ownPid);
            }
            FileChannel channel = open(layout);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    String owner = readPid(channel);
                    channel.close();
                    throw new DeviceStartException("data directory " + layout.dir()
                            + " is in use by another ptzcam process (pid " + owner + ")");
                }
                writePid(channel, ownPid);
                return new DataDirLock(channel, lock);
            } catch (OverlappingFileLockException e) {
                // Only reachable without /proc; closing may drop the other holder's OS lock.
                closeQuietly(channel);
                throw inUseHere(layout, ownPid);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new DeviceStartException("cannot lock " + lockFile + " ("
                        + FileErrors.reason(e) + "); use another --data-dir", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static FileChannel open(DataDirLayout layout) throws DeviceStartException {
        try {
            return FileChannel.open(layout.lockFile(), CREATE, READ, WRITE);
        } catch (IOException e) {
            throw new DeviceStartException("cannot create lock file " + layout.lockFile() + " ("
                    + FileErrors.reason(e) + "); make the data directory writable or use another --data-dir", e);
        }
    }

    private static DeviceStartException inUseHere(DataDirLayout layout, long pid) {
        return new DeviceStartException("data directory " + layout.dir()
                + " is in use by another camera in this ptzcam process (pid " + pid + ")");
    }

    private static String readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
            return text.matches("\\d+") ? text : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void writePid(FileChannel channel, long pid) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing useful to do
        }
    }
}
