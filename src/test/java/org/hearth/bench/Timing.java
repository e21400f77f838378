package org.hearth.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** How the benchmarks time things: warm up, then the median and 95th percentile of repeated runs, in ms. */
public final class Timing {

    private Timing() {
    }

    public static double[] measure(int warmUp, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.call();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return stats(times);
    }

    /** The median and the 95th percentile of the values. */
    public static double[] stats(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]};
    }
}
