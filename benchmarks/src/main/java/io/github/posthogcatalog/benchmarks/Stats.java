package io.github.posthogcatalog.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The median and spread of a few repeated measurements. With 3 to 5 runs a median is steadier than
 * a mean. The spread is the range, which states most plainly how much the runs differed.
 *
 * @param median the middle value, or the mean of the two middle values
 * @param min the smallest value
 * @param max the largest value
 */
public record Stats(double median, double min, double max) {

    /** Computes the statistics of at least one value. */
    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int size = sorted.size();
        double median = size % 2 == 1
                ? sorted.get(size / 2)
                : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(size - 1));
    }

    /** Returns the range as a share of the median, such as 0.04 for runs within 4 %. */
    public double relativeSpread() {
        return median == 0 ? 0 : (max - min) / median;
    }

    /** Formats as {@code median (min–max)} with the given decimals. */
    public String format(int decimals) {
        return Report.number(median, decimals) + " (" + Report.number(min, decimals) + "–"
                + Report.number(max, decimals) + ")";
    }
}
