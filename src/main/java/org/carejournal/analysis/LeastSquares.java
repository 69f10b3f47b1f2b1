package org.carejournal.analysis;

/** Ordinary least-squares slope of y on x. */
final class LeastSquares {
    private LeastSquares() {}

    /** The slope, or null with fewer than 2 points or when every x is the same. */
    static Double slope(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) return null;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
        mx /= n;
        my /= n;
        // Centred sums: the days can be large and the naive formula loses digits.
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            sxx += dx * dx;
            sxy += dx * (y[i] - my);
        }
        return sxx == 0 ? null : sxy / sxx;
    }
}
