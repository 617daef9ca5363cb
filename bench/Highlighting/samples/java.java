package org.example.survey;

import java.util.List;

/** Summarises answers. */
public final class Summary {
    private static final int LIMIT = 100;

    public static double mean(List<Integer> values) {
        if (values.isEmpty()) {
            return 0.0; // nothing to average
        }
        long total = 0;
        for (int v : values) total += v;
        return (double) total / values.size();
    }
}
