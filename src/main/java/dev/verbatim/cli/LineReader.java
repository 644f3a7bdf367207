package dev.verbatim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes from a stream, one at a time, with a bound on the length of a line so that
 * memory stays bounded whatever the input: a longer line is skipped and reported as too long.
 * Lines end at {@code \n}; a {@code \r} before it is dropped. Not thread-safe.
 */
final class LineReader {

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int len;
    private byte[] line = new byte[256];
    private int lineLength;
    private boolean tooLong;
    private boolean terminated;
    private long number;
    private long consumed;
    private long completeEnd;

    LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() throws IOException {
        lineLength = 0;
        tooLong = false;
        terminated = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = Math.max(0, in.read(buffer));
                pos = 0;
                if (len == 0) {
                    if (any) {
                        number++;
                    }
                    return any;
                }
            }
            any = true;
            int nl = pos;
            while (nl < len && buffer[nl] != '\n') {
                nl++;
            }
            append(pos, nl);
            consumed += (nl < len ? nl + 1 : nl) - pos;
            if (nl < len) {
                pos = nl + 1;
                terminated = true;
                completeEnd = consumed;
                number++;
                if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
            pos = len;
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (tooLong || n == 0) {
            return;
        }
        if ((long) lineLength + n > limit) {
            tooLong = true;
            lineLength = 0;
            line = new byte[256];
            return;
        }
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) line.length * 2, lineLength + n)));
        }
        System.arraycopy(buffer, from, line, lineLength, n);
        lineLength += n;
    }

    /** The bytes of the current line (valid up to {@link #length()}), without its terminator. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return lineLength;
    }

    /** Whether the current line was longer than the limit (its bytes are then not kept). */
    boolean tooLong() {
        return tooLong;
    }

    /** Whether the current line ended with a line feed (the last line of a file may not). */
    boolean terminated() {
        return terminated;
    }

    /** One-based number of the current line. */
    long number() {
        return number;
    }

    /** The number of bytes up to the end of the last line that ended with a line feed. */
    long completeEnd() {
        return completeEnd;
    }

    /** Whether the current line holds only white space. */
    boolean blank() {
        for (int i = 0; i < lineLength; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return !tooLong;
    }
}
