"""Keep the soft hyphens of a Word 97 file's text through antiword: TCVN3's "ư".

TCVN3 (ABC, the `.VnTime` fonts) writes "ư" as byte 0xAD, which Windows-1252 and Unicode
call a soft hyphen (Word stores it so, or as its own optional hyphen, character 0x1F, as
LibreOffice does), and antiword drops both while it reads the text, before any mapping
file: "lương" came out "lơng", "Lưu" "Lu". Here, in a copy of the file, each soft hyphen of
the text pieces is replaced by a character the text does not hold; antiword passes that one
through, and `restore` turns it back into U+00AD in a legacy text, which the legacy-encoding
repair (index/legacy_encodings.py) reads as TCVN3's "ư", and drops it in any other text, as
antiword did.

Only what is needed is read of the file: the compound file's sector chains (FAT, DIFAT, the
mini stream for a small table stream), the FIB's piece table (CLX) and the text pieces it
points to. Any file this does not understand is handed to antiword unchanged.
"""
from __future__ import annotations

import struct

_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE
_MAX_SECTORS = 1 << 20          # a chain longer than the file allows is a damaged file
#: characters that may stand in for a soft hyphen: none of them is a TCVN3 letter
_PLACEHOLDERS = "`~^"
SOFT_HYPHEN = "\u00ad"
#: a soft hyphen as Word 97 stores it: U+00AD (byte 0xAD), or Word's optional hyphen 0x1F
_HYPHENS = {0xAD, 0x1F}


class _Compound:
    """The sectors of an OLE2 compound file (read-only, except `patch`)."""

    def __init__(self, data: bytearray) -> None:
        if data[:8] != _SIGNATURE:
            raise ValueError("not a compound file")
        self.data = data
        self.size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        self.mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
        self.cutoff = struct.unpack_from("<I", data, 0x38)[0]
        fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
        difat, count = struct.unpack_from("<II", data, 0x44)
        per = self.size // 4 - 1
        for _ in range(count):
            if difat >= _END:
                break
            entries = struct.unpack_from(f"<{per + 1}I", data, self._offset(difat))
            fat_sectors += entries[:per]
            difat = entries[per]
        fat_sectors = [s for s in fat_sectors if s < _END]
        self.fat = [e for s in fat_sectors for e in struct.unpack_from(f"<{self.size // 4}I", data, self._offset(s))]
        self.entries = self._directory(struct.unpack_from("<I", data, 0x30)[0])
        root = self.entries.get("Root Entry")
        self.mini_stream = self.read_chain(root[0], root[1]) if root else b""
        mini_fat = self.read_chain(struct.unpack_from("<I", data, 0x3C)[0], None)
        self.mini_fat = list(struct.unpack_from(f"<{len(mini_fat) // 4}I", mini_fat)) if mini_fat else []

    def _offset(self, sector: int) -> int:
        return (sector + 1) * self.size

    def chain(self, start: int, fat: list[int]) -> list[int]:
        """The sectors of a chain from `start`, followed through `fat`."""
        out: list[int] = []
        while start < _END and len(out) < _MAX_SECTORS:
            if start >= len(fat):
                raise ValueError("sector outside the FAT")
            out.append(start)
            start = fat[start]
        return out

    def read_chain(self, start: int, size: int | None) -> bytes:
        """The bytes of a chain of big sectors, cut at `size` when given."""
        raw = b"".join(bytes(self.data[self._offset(s):self._offset(s) + self.size]) for s in self.chain(start, self.fat))
        return raw if size is None else raw[:size]

    def _directory(self, start: int) -> dict[str, tuple[int, int]]:
        raw = self.read_chain(start, None)
        entries: dict[str, tuple[int, int]] = {}
        for pos in range(0, len(raw) - 127, 128):
            length = struct.unpack_from("<H", raw, pos + 64)[0]
            if not 2 <= length <= 64:
                continue
            name = raw[pos:pos + length - 2].decode("utf-16-le", errors="replace")
            entries[name] = struct.unpack_from("<II", raw, pos + 116)
        return entries

    def stream(self, name: str) -> bytes:
        """A stream's bytes, from the big sectors or the mini stream by its size."""
        start, size = self.entries[name]
        if size < self.cutoff:
            sectors = self.chain(start, self.mini_fat)
            raw = b"".join(self.mini_stream[s * self.mini_size:(s + 1) * self.mini_size] for s in sectors)
            return raw[:size]
        return self.read_chain(start, size)

    def patch(self, name: str, offset: int, value: bytes) -> None:
        """Overwrite bytes of a big stream (the WordDocument stream is never a mini stream)."""
        start, size = self.entries[name]
        if size < self.cutoff or offset + len(value) > size:
            raise ValueError("cannot patch this stream")
        sectors = self.chain(start, self.fat)
        for i, byte in enumerate(value):
            at = offset + i
            self.data[self._offset(sectors[at // self.size]) + at % self.size] = byte


def _pieces(word: bytes, table: bytes) -> list[tuple[int, int, bool]]:
    """(offset in the WordDocument stream, length in bytes, compressed) of each text piece."""
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x01A2)
    clx = table[fc_clx:fc_clx + lcb_clx]
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:          # Prc: property modifiers, skipped
        pos += 3 + struct.unpack_from("<h", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise ValueError("no piece table")
    lcb = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5:pos + 5 + lcb]
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc)
    out = []
    for i in range(n):
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]
        chars = cps[i + 1] - cps[i]
        if fc & 0x40000000:
            out.append(((fc & 0x3FFFFFFF) // 2, chars, True))
        else:
            out.append((fc, 2 * chars, False))
    return out


def mark_soft_hyphens(data: bytes) -> tuple[bytes, str | None]:
    """A copy of the .doc whose text pieces hold a placeholder for each soft hyphen, and the
    placeholder; (data, None) when there is none to keep or the file is not understood."""
    try:
        doc = _Compound(bytearray(data))
        word = doc.stream("WordDocument")
        if struct.unpack_from("<H", word, 0)[0] != 0xA5EC:
            return data, None
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        table = doc.stream("1Table" if flags & 0x0200 else "0Table")
        pieces = _pieces(word, table)
        texts = [(off, word[off:off + length], packed) for off, length, packed in pieces]
        if not any(_HYPHENS & set(raw if packed else raw[::2]) for _, raw, packed in texts):
            return data, None
        joined = "".join(raw.decode("cp1252", errors="replace") if packed else raw.decode("utf-16-le", errors="replace")
                         for _, raw, packed in texts)
        placeholder = next((p for p in _PLACEHOLDERS if p not in joined), None)
        if placeholder is None:
            return data, None
        for off, raw, packed in texts:
            units = bytearray(raw)
            step = 1 if packed else 2
            for i in range(0, len(units) - step + 1, step):
                if units[i] in _HYPHENS and (packed or units[i + 1] == 0):
                    units[i] = ord(placeholder)
            fixed = bytes(units)
            if fixed != raw:
                doc.patch("WordDocument", off, fixed)
        return bytes(doc.data), placeholder
    except (ValueError, KeyError, struct.error, IndexError):
        return data, None


def restore(text: str, placeholder: str | None) -> str:
    """antiword's text with the placeholder turned back into soft hyphens in a legacy text
    (TCVN3's "ư"), left out of any other (where antiword left out the soft hyphens)."""
    from .legacy_encodings import looks_legacy

    if not placeholder:
        return text
    return text.replace(placeholder, SOFT_HYPHEN if looks_legacy(text.replace(placeholder, SOFT_HYPHEN)) else "")
