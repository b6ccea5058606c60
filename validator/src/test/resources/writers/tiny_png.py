"""Writes a 16x16 PNG (red, amber and green bands) to the path given: the image on Lookups."""
import struct
import sys
import zlib

BANDS = [(0xC0, 0x00, 0x00), (0xFF, 0xBF, 0x00), (0x00, 0x80, 0x00)]


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png(size=16):
    rows = b""
    for y in range(size):
        r, g, b = BANDS[min(y * len(BANDS) // size, len(BANDS) - 1)]
        rows += b"\x00" + bytes([r, g, b]) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as out:
        out.write(png())
