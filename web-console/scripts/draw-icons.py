"""Draws the console's PNG icons (the "A" with a thread, as in public/favicon.svg) without any image library.

Run once when the mark changes: python3 scripts/draw-icons.py (writes public/icons/*.png).
"""
import math
import struct
import zlib
from pathlib import Path

PURPLE = (0x86, 0x2E, 0x9C)
WHITE = (0xFF, 0xFF, 0xFF)
THREAD = (0xF3, 0xD9, 0xFA)


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def thread_points():
    # the cubic curve of the SVG: M14 38 C 26 30, 38 46, 52 34
    p0, p1, p2, p3 = (14, 38), (26, 30), (38, 46), (52, 34)
    points = []
    for step in range(41):
        t = step / 40
        x = (1 - t) ** 3 * p0[0] + 3 * (1 - t) ** 2 * t * p1[0] + 3 * (1 - t) * t ** 2 * p2[0] + t ** 3 * p3[0]
        y = (1 - t) ** 3 * p0[1] + 3 * (1 - t) ** 2 * t * p1[1] + 3 * (1 - t) * t ** 2 * p2[1] + t ** 3 * p3[1]
        points.append((x, y))
    return points


def colour_at(x, y, size, safe_zone):
    # coordinates in the SVG's 64 x 64 box; a maskable icon keeps the mark in the middle 80 %
    scale = 64 / size
    u, v = x * scale, y * scale
    if safe_zone:
        u, v = 32 + (u - 32) / 0.8, 32 + (v - 32) / 0.8
        background = True
    else:
        corner = 14
        cx, cy = min(max(u, corner), 64 - corner), min(max(v, corner), 64 - corner)
        background = math.hypot(u - cx, v - cy) <= corner
    if not background:
        return None
    if segment_distance(u, v, 18, 50, 32, 12) <= 3 or segment_distance(u, v, 32, 12, 46, 50) <= 3:
        return WHITE
    curve = thread_points()
    if any(segment_distance(u, v, *a, *b) <= 1.5 for a, b in zip(curve, curve[1:])):
        return THREAD
    return PURPLE


def png(size, safe_zone=False):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            # 2 x 2 supersampling for smooth edges
            samples = [colour_at(x + dx, y + dy, size, safe_zone) for dx in (0.25, 0.75) for dy in (0.25, 0.75)]
            filled = [s for s in samples if s]
            alpha = round(255 * len(filled) / 4)
            colour = tuple(sum(c[i] for c in filled) // len(filled) for i in range(3)) if filled else (0, 0, 0)
            row += bytes(colour) + bytes([alpha])
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")


icons = Path(__file__).resolve().parent.parent / "public" / "icons"
icons.mkdir(parents=True, exist_ok=True)
(icons / "icon-192.png").write_bytes(png(192))
(icons / "icon-512.png").write_bytes(png(512))
(icons / "icon-512-maskable.png").write_bytes(png(512, safe_zone=True))
