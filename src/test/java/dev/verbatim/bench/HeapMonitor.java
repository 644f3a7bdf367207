package dev.verbatim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Watches the heap while a system processes documents, two ways.
 *
 * <ul>
 *   <li><b>after GC</b>: the used heap right after each garbage collection (from the JVM's GC
 *       notifications, summed over the heap pools). Its maximum is the peak of what survived a
 *       collection: the models plus the live working set (plus any old-generation garbage a young
 *       collection does not reclaim). This is the figure to compare with a heap budget.
 *   <li><b>sampled</b>: {@link MemoryMXBean#getHeapMemoryUsage()} read every few milliseconds. Its
 *       maximum includes garbage not yet collected, so it grows with {@code -Xmx} (the collector
 *       lets young garbage pile up when the heap is large); shown for completeness.
 * </ul>
 */
final class HeapMonitor implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong peakSampled = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Registration> registrations = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private record Registration(NotificationEmitter emitter, NotificationListener listener) {
    }

    HeapMonitor() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::onNotification;
                emitter.addNotificationListener(listener, null, null);
                registrations.add(new Registration(emitter, listener));
            }
        }
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        collections.incrementAndGet();
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    private void sample() {
        while (running) {
            peakSampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Forgets the peaks seen so far. */
    void reset() {
        peakAfterGc.set(0);
        peakSampled.set(memory.getHeapMemoryUsage().getUsed());
        collections.set(0);
    }

    /** Highest used heap right after a collection since the last {@link #reset()}, 0 if none ran. */
    long peakAfterGc() {
        return peakAfterGc.get();
    }

    /** Highest sampled used heap since the last {@link #reset()}. */
    long peakSampled() {
        return Math.max(peakSampled.get(), memory.getHeapMemoryUsage().getUsed());
    }

    /** Collections since the last {@link #reset()}. */
    long collections() {
        return collections.get();
    }

    /** Used heap after a full collection (several {@link System#gc()} calls, settled). */
    long liveHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (Registration r : registrations) {
            try {
                r.emitter().removeNotificationListener(r.listener());
            } catch (Exception ignored) {
                // already gone
            }
        }
    }
}
