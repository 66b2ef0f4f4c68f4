"""The fault-injection battery: bad inputs of every kind beside good documents, made on the spot
(no binary file is kept in git).

    python tests/faults.py OUT_DIR [--good 40] [--seed 1]

writes OUT_DIR/inputs/ (the folder to give `defcoop run`) and OUT_DIR/manifest.json: the good
document ids and, for every bad input, the path `run` must name ("skipped:" or "ignored:") and
the settings the battery runs with (`LIMITS`, small enough that each limit is met cheaply).
`tests/test_faults.py` runs it; the same script makes it by hand for /usr/bin/time -v.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
from collections.abc import Callable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WORDS = ("river market village school bridge harvest railway festival museum library hospital council farmer "
         "teacher weather season highway factory garden orchard bakery theatre stadium harbour tourist rainfall "
         "concert painter novel poetry recipe kitchen bicycle tram ferry island mountain valley forest meadow").split()
COUNTRIES = ("Norway", "Chile", "Kenya", "Vietnam", "Poland", "Ghana", "Peru", "Estonia", "Jordan", "Nepal",
             "Canada", "Japan", "Brazil", "Egypt", "Finland", "Malaysia", "Morocco", "Uruguay", "Latvia", "Oman")
ACTS = ("signed a defence cooperation agreement with", "held joint naval exercises with",
        "agreed to deliver patrol boats to", "hosted military talks with")
# The settings the battery runs with: limits low enough that a small file passes each one.
LIMITS = {"DEFCOOP_MAX_FILE_BYTES": "3000000", "DEFCOOP_MAX_LINES": "50000", "DEFCOOP_MAX_JSON_DEPTH": "50",
          "DEFCOOP_MAX_RECORD_BYTES": "500000", "DEFCOOP_MAX_DECOMPRESSED_BYTES": "40000000",
          "DEFCOOP_BATCH_SIZE": "4"}


def good_document(rng: random.Random, number: int) -> dict:
    """A short news item of my own words: one defence act between two countries, wrapped in filler
    distinct enough that no two items are near copies."""
    a, b = rng.sample(COUNTRIES, 2)
    filler = lambda: " ".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 14))).capitalize()  # noqa: E731
                              + f" {rng.randint(100, 99999)}." for _ in range(8))
    text = (f"{filler()}\n\nThe government of {a} {rng.choice(ACTS)} {b} on Monday, officials said in "
            f"the capital.\n\n{filler()}\n")
    published = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {"id": f"good-{number:04d}", "text": text, "published": published}


def write_warc(path: Path, pages: list[tuple[str, object, int]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for uri, payload, length in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=payload, length=length,
                                                          http_headers=headers))


class Letters(io.RawIOBase):
    """`size` bytes of one letter, made as they are read."""

    def __init__(self, size: int):
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = b"a" * n
        self.left -= n
        return n


def html_of(doc: dict) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in doc["text"].split("\n\n"))
    return f"<html><head><title>{doc['id']}</title></head><body>{paragraphs}</body></html>".encode()


# Each maker writes one bad input into `d` and returns the path `run` must name (prefix of an origin).
def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


BAD: dict[str, Callable[[Path, random.Random], Path | None]] = {
    "empty": lambda d, r: _write(d / "empty.txt", b""),
    "blank": lambda d, r: _write(d / "blank.txt", b"  \n\t\n"),
    "binary": lambda d, r: _write(d / "binary.txt", b"News\x00\x01\xff" + bytes(range(256)) * 8),
    "nul-late": lambda d, r: _write(d / "nul-late.txt", "Soldiers marched. " * 600 + "\x00 tail"),
    "latin-1": lambda d, r: _write(d / "latin1.txt", "Le ministère a signé à Paris.\n".encode("latin-1")),
    "utf16-no-bom": lambda d, r: _write(d / "utf16.txt", "Troops landed on the coast.".encode("utf-16-le")),
    "bad-utf16-bom": lambda d, r: _write(d / "badbom.txt", b"\xff\xfe" + b"\x00\xd8" + b"a\x00"),
    "malformed-json": lambda d, r: _write(d / "broken.json", '{"id": "b1", "text": "The ministers met"\n'),
    "json-array": lambda d, r: _write(d / "array.json", "[1, 2, 3]"),
    "json-no-id": lambda d, r: _write(d / "noid.json", '{"text": "An exercise was held."}'),
    "json-long-id": lambda d, r: _write(d / "longid.json", json.dumps({"id": "x" * 300, "text": "Drills began."})),
    "json-digits": lambda d, r: _write(d / "digits.json", '{"id": ' + "7" * 5000 + ', "text": "Ships sailed."}'),
    "json-deep": lambda d, r: _write(d / "deep.json", "[" * 100_000 + "]" * 100_000),
    "json-over-depth": lambda d, r: _write(d / "depth.json", json.dumps(
        {"id": "deep", "text": "A deep one.", "x": json.loads("[" * 60 + "]" * 60)})),
    "jsonl-bad-line": lambda d, r: _write(d / "mixed.jsonl", '{"id": "half", "text": \n'),
    "html-empty-body": lambda d, r: _write(d / "nobody.html", b"<html><body>   </body></html>"),
    "too-many-lines": lambda d, r: _write(d / "lines.txt", "Boats.\n" * 50_001),
    "too-big": lambda d, r: _write(d / "big.txt", ("Convoys moved north at dawn. " * 40 + "\n") * 2_700),
    "not-warc": lambda d, r: _write(d / "plain.warc", b"not warc\r\n\r\n"),
    "not-gzip-warc": lambda d, r: _write(d / "fake.warc.gz", b"\x1f\x8b\x08\x00garbage" * 10),
    "gzip-not-warc": lambda d, r: _write(d / "text.warc.gz", gzip.compress(b"just some text\n" * 20)),
    "truncated-warc": lambda d, r: _truncated_warc(d / "cut.warc.gz"),
    "record-too-big": lambda d, r: _warc_of(d / "bigrecord.warc.gz", [("http://x.test/huge.html", None, 600_000)]),
    "gzip-bomb": lambda d, r: _warc_of(d / "bomb.warc.gz", [("http://x.test/bomb.html", None, 200 << 20)]),
    "fifo": lambda d, r: _fifo(d / "pipe.txt"),
    "link-loop": lambda d, r: _link_loop(d),
    "dangling-link": lambda d, r: _symlink(d / "dangling.txt", d / "nowhere.txt"),
    "folder-loop": lambda d, r: _folder_loop(d),
}


def _warc_of(path: Path, pages: list[tuple[str, object, int]]) -> Path:
    write_warc(path, [(uri, io.BufferedReader(Letters(size)) if payload is None else payload, size)
                      for uri, payload, size in pages])
    return path


def _truncated_warc(path: Path) -> Path:
    rng = random.Random(7)
    pages = [(f"http://x.test/cut-{i}.html", io.BytesIO(html_of(good_document(rng, 900 + i))), 0) for i in range(2)]
    pages = [(uri, body, len(body.getvalue())) for uri, body, _ in pages]
    buffer = path.with_suffix(".tmp")
    write_warc(buffer, pages)
    data = buffer.read_bytes()
    buffer.unlink()
    path.write_bytes(data[:len(data) - 200])  # the second record loses its end
    return path


def _fifo(path: Path) -> Path | None:
    if not hasattr(os, "mkfifo"):
        return None
    os.mkfifo(path)
    return path


def _symlink(link: Path, target: Path) -> Path:
    link.symlink_to(target)
    return link


def _link_loop(d: Path) -> Path:
    (d / "loop-a.txt").symlink_to(d / "loop-b.txt")
    (d / "loop-b.txt").symlink_to(d / "loop-a.txt")
    return d / "loop-a.txt"


def _folder_loop(d: Path) -> Path:
    sub = d / "sub"
    sub.mkdir()
    (sub / "again").symlink_to(sub)
    return sub / "again"


def make_battery(out: Path, good: int = 40, seed: int = 1) -> dict:
    """Write the battery into `out`/inputs and return (and write) its manifest."""
    rng = random.Random(seed)
    inputs = out / "inputs"
    (inputs / "good").mkdir(parents=True)
    bad_dir = inputs / "bad"
    bad_dir.mkdir()
    docs = [good_document(rng, i) for i in range(good)]
    good_ids = []
    jsonl = []
    for i, doc in enumerate(docs):  # the good ones in every format
        kind = i % 4
        if kind == 0:
            _write(inputs / "good" / f"{doc['id']}.json", json.dumps(doc))
        elif kind == 1:
            _write(inputs / "good" / f"{doc['id']}.txt", doc["text"])
        elif kind == 2:
            _write(inputs / "good" / f"{doc['id']}.html", html_of(doc))
        else:
            jsonl.append(doc)
        good_ids.append(doc["id"])
    _write(inputs / "good" / "wire.jsonl", "".join(json.dumps(doc) + "\n" for doc in jsonl))
    bad = {}
    for name, make in BAD.items():
        path = make(bad_dir, rng)
        if path is not None:
            bad[name] = str(path)
    manifest = {"good": good_ids, "bad": bad, "settings": LIMITS}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--good", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    manifest = make_battery(args.out, args.good, args.seed)
    print(f"{len(manifest['good'])} good documents, {len(manifest['bad'])} bad inputs in {args.out / 'inputs'}; "
          f"run with: {' '.join(f'{k}={v}' for k, v in LIMITS.items())}")


if __name__ == "__main__":
    main()
