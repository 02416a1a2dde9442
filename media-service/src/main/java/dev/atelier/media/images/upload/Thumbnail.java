package dev.atelier.media.images.upload;

/** A small rendition of an image, encoded and held in memory (a few tens of kilobytes). */
record Thumbnail(String contentType, byte[] bytes) {
}
