package org.parley.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches this process's memory while a phase runs: the heap in use (sampled every 50 ms), the heap in use
 * just after each garbage collection (the live data: if it stays flat from the first to the last quarter of a
 * run, memory does not grow with the corpus), the heap pools' own peak counters, and the resident set
 * ({@code VmRSS} sampled and {@code VmHWM} from {@code /proc/self/status}, reset at the start where Linux allows).
 */
final class MemoryWatch implements AutoCloseable {
    /** What was seen. All sizes in bytes; {@code -1} when unknown. */
    record Peak(long heapUsedSampled, long heapPoolPeaks, long heapAfterGc, long[] heapAfterGcByQuarter, long rssSampled,
                long vmHwm, boolean hwmReset, long maxHeap) {}

    private final AtomicLong heapSampled = new AtomicLong(), afterGc = new AtomicLong(), rss = new AtomicLong(-1);
    private final AtomicLong[] byQuarter = {new AtomicLong(-1), new AtomicLong(-1), new AtomicLong(-1), new AtomicLong(-1)};
    private volatile int quarter;
    private final List<Runnable> unregister = new ArrayList<>();
    private final Thread sampler;
    private final boolean hwmReset;
    private volatile boolean running = true;

    MemoryWatch() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        hwmReset = resetHwm();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            NotificationListener l = this::onGc;
            emitter.addNotificationListener(l, null, null);
            unregister.add(() -> {
                try {
                    emitter.removeNotificationListener(l);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            });
        }
        sampler = new Thread(() -> {
            while (running) {
                heapSampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                rss.accumulateAndGet(status("VmRSS"), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parley-bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Tells the watch how far the run is (0 to 1), for the after-GC figures by quarter. */
    void progress(double fraction) {
        quarter = Math.max(0, Math.min(3, (int) (fraction * 4)));
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet())
            if (isHeapPool(e.getKey())) used += e.getValue().getUsed();
        afterGc.accumulateAndGet(used, Math::max);
        byQuarter[quarter].accumulateAndGet(used, Math::max);
    }

    private static boolean isHeapPool(String name) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getName().equals(name)) return p.getType() == MemoryType.HEAP;
        return false;
    }

    Peak stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long poolPeaks = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) poolPeaks += p.getPeakUsage().getUsed();
        long[] q = new long[4];
        for (int i = 0; i < 4; i++) q[i] = byQuarter[i].get();
        return new Peak(heapSampled.get(), poolPeaks, afterGc.get(), q, rss.get(), status("VmHWM"), hwmReset,
                Runtime.getRuntime().maxMemory());
    }

    @Override
    public void close() {
        running = false;
        unregister.forEach(Runnable::run);
    }

    /** A size field of {@code /proc/self/status} in bytes, or -1. */
    static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (!line.startsWith(field + ":")) continue;
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                return Long.parseLong(parts[0]) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Resets the peak resident set size (Linux: {@code echo 5 > /proc/self/clear_refs}); whether it worked. */
    private static boolean resetHwm() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
