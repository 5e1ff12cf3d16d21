package no.sammen.search.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most about {@code size} entries; when it has a quarter more, the least recently used are dropped. Reads take
 * no lock: every search reads, and a map behind one monitor made the search threads queue on it (BENCHMARKS.md
 * 3b‴). Dropping sorts the entries by last use, a few microseconds for a thousand, once per {@code size / 4} puts.
 */
final class RecentlyUsed<K, V> {

    private static final class Slot<V> {
        final V value;
        volatile long used;

        Slot(V value, long used) {
            this.value = value;
            this.used = used;
        }
    }

    private record Used<K, V>(K key, Slot<V> slot, long at) {
    }

    private final int size;
    private final Map<K, Slot<V>> slots = new ConcurrentHashMap<>();
    private final ReentrantLock dropping = new ReentrantLock();

    RecentlyUsed(int size) {
        this.size = size;
    }

    V get(K key) {
        Slot<V> slot = slots.get(key);
        if (slot == null) {
            return null;
        }
        slot.used = System.nanoTime();
        return slot.value;
    }

    void put(K key, V value) {
        if (size <= 0) {
            return;
        }
        slots.put(key, new Slot<>(value, System.nanoTime()));
        if (slots.size() > size + size / 4 && dropping.tryLock()) {
            try {
                // Last uses copied first: they change while others read, and a sort needs them to stand still.
                List<Used<K, V>> byUse = new ArrayList<>(slots.size());
                slots.forEach((k, slot) -> byUse.add(new Used<>(k, slot, slot.used)));
                byUse.sort(Comparator.comparingLong(Used::at));
                for (Used<K, V> oldest : byUse.subList(0, Math.max(0, byUse.size() - size))) {
                    slots.remove(oldest.key(), oldest.slot());
                }
            } finally {
                dropping.unlock();
            }
        }
    }

    int size() {
        return slots.size();
    }
}
