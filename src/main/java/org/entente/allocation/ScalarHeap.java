package org.entente.allocation;

import java.util.Arrays;

/** A binary heap of label ids ordered by time, then a single length, holding both beside each id. */
final class ScalarHeap {
    private double tolerance;
    private int[] id = new int[256];
    private double[] time = new double[256];
    private double[] length = new double[256];
    private int size;

    /** Empties the heap for a search with the given tolerance on lengths. */
    void reset(double tolerance) {
        this.tolerance = tolerance;
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private boolean less(double ta, double la, double tb, double lb) {
        return ta < tb || (ta == tb && la < lb - tolerance);
    }

    void push(int label, double t, double l) {
        if (size == id.length) {
            id = Arrays.copyOf(id, size * 2);
            time = Arrays.copyOf(time, size * 2);
            length = Arrays.copyOf(length, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int p = (i - 1) / 2;
            if (!less(t, l, time[p], length[p])) {
                break;
            }
            id[i] = id[p];
            time[i] = time[p];
            length[i] = length[p];
            i = p;
        }
        id[i] = label;
        time[i] = t;
        length[i] = l;
    }

    int pop() {
        int top = id[0];
        int last = --size;
        int lastId = id[last];
        double t = time[last];
        double l = length[last];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && less(time[c + 1], length[c + 1], time[c], length[c])) {
                c++;
            }
            if (!less(time[c], length[c], t, l)) {
                break;
            }
            id[i] = id[c];
            time[i] = time[c];
            length[i] = length[c];
            i = c;
        }
        if (size > 0) {
            id[i] = lastId;
            time[i] = t;
            length[i] = l;
        }
        return top;
    }
}
