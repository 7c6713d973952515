package ai.talkturo.numbers.routing;

import java.util.Arrays;

/**
 * The numbers of one assistant, as the routing table's keys ({@link PackedRoute#numberKey}) in an array that grows by
 * doubling: eight bytes a number where a set would take fifty, and no copy of the whole for each number an
 * assistant with thousands gets. Not thread-safe on its own: the table changes and reads it only under its map's
 * lock for the assistant.
 */
final class AssistantNumbers {

    private long[] keys = new long[2];
    private int size;

    /** Answers itself with {@code key} added; the table adds a number only to an assistant that lacks it. */
    AssistantNumbers with(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
        return this;
    }

    /** Answers itself without {@code key}, or {@code null} once it has no number left. */
    AssistantNumbers without(long key) {
        int index = indexOf(key);
        if (index >= 0) {
            keys[index] = keys[--size];
        }
        if (size == 0) {
            return null;
        }
        if (size <= keys.length / 4 && keys.length > 2) {
            keys = Arrays.copyOf(keys, keys.length / 2);
        }
        return this;
    }

    long[] keys() {
        return Arrays.copyOf(keys, size);
    }

    private int indexOf(long key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }
}
