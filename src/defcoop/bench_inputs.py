"""`defcoop bench-inputs`: is every input stage linear in its input?

For each size (1, 10 and 100 MB by default) it writes synthetic inputs of that many bytes of
distinct lines (a .txt, an .html page, a .json document, a .jsonl of 2 KB documents and a .warc.gz
of 20 KB pages), times each stage on them (reading by format, cleaning text and HTML, the MinHash
signature) and reports each stage's time growth per tenfold size: at most `MAX_GROWTH` passes
(times under `NOISE_FLOOR` count as that).
Limits are lifted for the measurement (a 100 MB file is past the default max_file_bytes).
"""
from __future__ import annotations

import io
import json
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from defcoop.clean import clean_document
from defcoop.dedup import DuplicateIndex
from defcoop.ingest import InputLimits, read_inputs
from defcoop.types import RawDocument

MAX_GROWTH = 12.0  # per tenfold input: linear time with room for noise
# Times under this are compared as this: a read of 1 MB takes a millisecond, where cache and page
# faults, not the code, decide the ratio. A quadratic stage still shows at the next tenfold.
NOISE_FLOOR = 0.02
UNLIMITED = InputLimits(max_file_bytes=1 << 40, max_decompressed_bytes=1 << 40, max_record_bytes=1 << 40,
                        max_json_depth=100, max_lines=1 << 40)
_WORDS = ("the army navy minister defence talks agreement harbour weather report signed troops border "
          "exercise delivery frigate radar training officers capital visit").split()


def fresh_pages_at_every_size() -> bool:
    """Make every large buffer come fresh from the kernel, as a 100 MB one always does: glibc raises its
    mmap threshold (to 32 MB) after freeing a mapped block, so later 10 MB buffers reuse warm heap pages
    and the 10 -> 100 MB ratio would time page faults, not the code (read .json: 13-14x with the dynamic
    threshold, 11x with it pinned). Pinning it (128 KiB, glibc's default) makes the sizes comparable.
    True when pinned; False on a C library without `mallopt`, where the figures keep that bias."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        m_mmap_threshold = -3  # <malloc.h>
        return bool(libc.mallopt(m_mmap_threshold, 128 * 1024))
    except (OSError, AttributeError):
        return False


def _lines(size: int, seed: int = 7) -> list[str]:
    """Distinct sentences adding up to about `size` bytes."""
    rng = random.Random(seed)
    lines, total = [], 0
    while total < size:
        line = f"Line {len(lines)}: " + " ".join(rng.choice(_WORDS) for _ in range(12)) + "."
        lines.append(line)
        total += len(line) + 1
    return lines


def write_inputs(folder: Path, size: int) -> dict[str, Path]:
    """One input of about `size` bytes per format, in `folder`."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    lines = _lines(size)
    paths = {fmt: folder / f"in-{size}.{fmt}" for fmt in ("txt", "html", "json", "jsonl", "warc.gz")}
    paths["txt"].write_text("\n".join(lines), encoding="utf-8")
    paths["html"].write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>",
                             encoding="utf-8")
    paths["json"].write_text(json.dumps({"id": "big", "text": "\n".join(lines)}), encoding="utf-8")
    per_doc = 16  # lines per small document (about 2 KB)
    with paths["jsonl"].open("w", encoding="utf-8") as fp:
        for i in range(0, len(lines), per_doc):
            fp.write(json.dumps({"id": f"d{i}", "text": "\n".join(lines[i:i + per_doc])}) + "\n")
    per_page = 160  # about 20 KB a page
    with paths["warc.gz"].open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(0, len(lines), per_page):
            body = ("<html><body>" + "".join(f"<p>{line}</p>" for line in lines[i:i + per_page])
                    + "</body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"http://bench.test/p{i}.html", "response",
                                                          payload=io.BytesIO(body), length=len(body),
                                                          http_headers=headers))
    return paths


def _read(path: Path) -> list[RawDocument]:
    items = list(read_inputs([path], UNLIMITED))
    bad = [item for item in items if not isinstance(item, RawDocument)]
    if bad:
        raise RuntimeError(f"benchmark input not read: {bad[0]}")
    return items


def _stream(path: Path) -> int:
    """Read a file as a run does, one document at a time, letting each go (a list of them all would time
    Python's garbage collector walking it, not the reader)."""
    count = 0
    for item in read_inputs([path], UNLIMITED):
        if not isinstance(item, RawDocument):
            raise RuntimeError(f"benchmark input not read: {item}")
        count += 1
    return count


def _stages(paths: dict[str, Path]) -> dict[str, Callable[[], object]]:
    """Each stage as a function of nothing (its input made beforehand, outside the timing)."""
    stages: dict[str, Callable[[], object]] = {f"read .{fmt}": (lambda p=path: _stream(p))
                                               for fmt, path in paths.items()}
    text_doc, html_doc = _read(paths["txt"])[0], _read(paths["html"])[0]
    stages["clean text"] = lambda: clean_document(text_doc)
    stages["clean html"] = lambda: clean_document(html_doc)
    cleaned = clean_document(text_doc).text
    index = DuplicateIndex()
    stages["minhash signature"] = lambda: index.signature(cleaned)
    return stages


def _best_of(fn: Callable[[], object], repeats: int, min_total: float = 0.3, most: int = 50) -> float:
    """The best of `repeats` timings, or of more while they add up to under `min_total` seconds (a stage of
    a millisecond is timed often enough that noise does not decide its growth)."""
    best, total, runs = float("inf"), 0.0, 0
    while runs < repeats or (total < min_total and runs < most):
        start = time.perf_counter()
        fn()
        took = time.perf_counter() - start
        best, total, runs = min(best, took), total + took, runs + 1
    return best


def measure(sizes: list[int], repeats: int = 2, stages: list[str] | None = None,
            log: Callable[[str], None] | None = None) -> dict:
    """Seconds per stage per size (bytes), and each stage's worst growth per tenfold size.

    :returns: {"sizes": [...], "seconds": {stage: [s, ...]}, "growth": {stage: worst ratio scaled to 10x},
               "linear": {stage: bool}}
    """
    seconds: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="defcoop-bench-inputs-") as scratch:
        for size in sizes:
            folder = Path(scratch) / str(size)
            folder.mkdir()
            for name, fn in _stages(write_inputs(folder, size)).items():
                if stages and name not in stages:
                    continue
                seconds.setdefault(name, []).append(_best_of(fn, repeats))
                if log:
                    log(f"{size / 1e6:g} MB  {name}: {seconds[name][-1]:.3f} s")
            for path in folder.iterdir():
                path.unlink()
    growth = {}
    for name, times in seconds.items():
        ratios = [(max(later, NOISE_FLOOR) / max(earlier, NOISE_FLOOR)) ** (1 / _decades(small, big))
                  for (earlier, later), (small, big) in zip(zip(times, times[1:]), zip(sizes, sizes[1:]))]
        growth[name] = max(ratios) if ratios else 1.0
    return {"sizes": sizes, "seconds": seconds, "growth": growth,
            "linear": {name: ratio <= MAX_GROWTH for name, ratio in growth.items()}}


def _decades(small: int, big: int) -> float:
    """How many tenfolds lie between two sizes (1 for 1 MB -> 10 MB)."""
    import math

    return max(math.log10(big / small), 1e-9)
