package dev.atelier.platform.web;

/**
 * The {@code page} object of a list response, field for field Spring Data's stable
 * {@code PagedModel} shape: requested page size, zero-based page number, totals.
 */
public record PageMetadata(int size, int number, long totalElements, int totalPages) {

    public static PageMetadata of(int size, int number, long totalElements) {
        if (size < 1 || number < 0 || totalElements < 0) {
            throw new IllegalArgumentException("size must be >= 1, number and totalElements >= 0");
        }
        long pages = (totalElements + size - 1) / size;
        return new PageMetadata(size, number, totalElements, (int) Math.min(pages, Integer.MAX_VALUE));
    }

}
