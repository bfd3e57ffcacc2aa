"""Bytes of an article file to text: UTF-8, Windows-1252, or Unicode with a byte order mark.

Every way out keeps one character per undecodable byte, so a stray byte never shifts the
offsets of the text around it.
"""

from __future__ import annotations

import codecs

from index.errors import ArticleError

# UTF-32's marks first: UTF-32-LE's starts with UTF-16-LE's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_STRAY_AS_1252 = "whosaid-stray-byte-as-cp1252"


def _stray_bytes_as_cp1252(err: UnicodeDecodeError) -> tuple[str, int]:
    # A Windows-1252 quote pasted into a UTF-8 file: read that byte as what it most likely was.
    stray = err.object[err.start:err.end]
    return "".join(bytes([b]).decode("cp1252", errors="replace") for b in stray), err.end


codecs.register_error(_STRAY_AS_1252, _stray_bytes_as_cp1252)


def _has_utf8_beyond_ascii(data: bytes) -> bool:
    """True when the bytes hold at least one well-formed multi-byte UTF-8 character."""
    text = data.decode("utf-8", errors="replace")
    return any(ord(ch) > 0x7F and ch != "\ufffd" for ch in text)


def _looks_like_utf16(head: bytes) -> bool:
    """Mostly-ASCII text saved as UTF-16: a NUL in every other byte, the rest printable."""
    for codec, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if len(zeros) >= 8 and zeros.count(0) >= 0.8 * len(zeros):
            try:
                text = head[: len(head) // 2 * 2].decode(codec)
            except UnicodeDecodeError:
                continue
            if sum(ch.isprintable() or ch.isspace() for ch in text) >= 0.95 * len(text):
                return True
    return False


def decode_article_bytes(data: bytes, path: object) -> str:
    """The text of a file's bytes, or ArticleError saying how to save it."""
    for bom, codec in _BOMS:  # "Unicode" text from a Windows editor: its byte order mark names the encoding
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise ArticleError(f"{path} is not valid {codec.upper()} text. Re-save it as UTF-8 and ingest it again.")
    if b"\x00" in data[:8192]:
        if _looks_like_utf16(data[:8192]):
            raise ArticleError(f"{path} looks like UTF-16 text without a byte order mark. Re-save it as UTF-8 "
                               "(or as UTF-16 with a byte order mark) and ingest it again.")
        raise ArticleError(f"{path} looks like a binary file, not a text article. Save it as UTF-8 text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if _has_utf8_beyond_ascii(data):
        # Mostly UTF-8 with a few stray bytes: decoding it all as Windows-1252 would turn every
        # curly quote and accent into mojibake, or refuse the file over one byte.
        return data.decode("utf-8-sig", errors=_STRAY_AS_1252)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(f"{path} is not UTF-8 text. Re-save it as UTF-8 and ingest it again.")
