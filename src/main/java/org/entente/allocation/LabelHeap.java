package org.entente.allocation;

import java.util.Arrays;

/** A binary heap of label ids ordered by time, then lengths. */
final class LabelHeap {
    private final Routes r;
    private int[] heap = new int[64];
    private int size;

    LabelHeap(Routes r) {
        this.r = r;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private boolean less(int a, int b) {
        return r.time[a] < r.time[b]
                || (r.time[a] == r.time[b] && Network.compareLengths(r.lengths[a], r.lengths[b], r.tolerance) < 0);
    }

    void push(int label) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        heap[i] = label;
        while (i > 0 && less(heap[i], heap[(i - 1) / 2])) {
            int p = (i - 1) / 2;
            int tmp = heap[p];
            heap[p] = heap[i];
            heap[i] = tmp;
            i = p;
        }
    }

    int pop() {
        int top = heap[0];
        heap[0] = heap[--size];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int m = i;
            if (l < size && less(heap[l], heap[m])) {
                m = l;
            }
            if (l + 1 < size && less(heap[l + 1], heap[m])) {
                m = l + 1;
            }
            if (m == i) {
                return top;
            }
            int tmp = heap[m];
            heap[m] = heap[i];
            heap[i] = tmp;
            i = m;
        }
    }
}
