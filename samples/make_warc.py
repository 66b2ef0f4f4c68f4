#!/usr/bin/env python3
"""Build samples/articles/warc/sample.warc.gz from the pages in samples/warc_src/.

The output is deterministic: every record has a fixed WARC-Date and a
WARC-Record-ID derived with uuid5 from the record's type and URL, and the
gzip members written by warcio carry no timestamp. Re-running the script
produces a byte-identical file.

Records written, in order:
  1. warcinfo
  2. request  for the first article (a reader must skip it)
  3. response text/html  armenia-india-pinaka-deal-2022   (article)
  4. response image/png  a small logo                       (must be skipped)
  5. response text/html  mongolia-khaan-quest-2019         (article)
  6. response application/json  a comments API call        (must be skipped)
  7. response text/html  sami-navantia-joint-venture-2020  (article)

Usage:  python samples/make_warc.py
"""
import io
import json
import struct
import uuid
import zlib
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc_src"
OUT = HERE / "articles" / "warc" / "sample.warc.gz"
NS = uuid.UUID("6f1c2a3e-9a44-4f0e-8f52-2d1f0c0de0c0")  # fixed namespace for uuid5 ids

# source page -> (URL it was "crawled" from, fixed crawl time)
PAGES = [
    ("armenia-india-pinaka-deal-2022.html",
     "https://www.caucasuswire.example/en/security/2022/09/armenia-india-pinaka-deal-2022.html",
     "2022-09-30T12:00:01Z"),
    ("mongolia-khaan-quest-2019.html",
     "https://www.steppe-eagle.example/en/defence/mongolia-khaan-quest-2019.html",
     "2019-06-15T10:00:02Z"),
    ("sami-navantia-joint-venture-2020.html",
     "https://www.arabianindustrymonitor.example/defence-industry/sami-navantia-joint-venture-2020",
     "2020-01-15T08:30:03Z"),
]
PNG_URL = "https://www.caucasuswire.example/static/img/logo.png"
JSON_URL = "https://www.steppe-eagle.example/api/comments?post=mongolia-khaan-quest-2019"


def rid(kind, url):
    return "<urn:uuid:%s>" % uuid.uuid5(NS, kind + " " + url)


def tiny_png():
    """A valid 1x1 transparent PNG, built in code so no binary lives in the repo."""
    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    idat = zlib.compress(b"\x00\x00\x00\x00\x00", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def response(writer, url, date, body, ctype):
    http = StatusAndHeaders("200 OK", [
        ("Content-Type", ctype),
        ("Content-Length", str(len(body))),
        ("Server", "nginx"),
        ("Cache-Control", "max-age=300"),
    ], protocol="HTTP/1.1")
    rec = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
        warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": rid("response", url)})
    writer.write_record(rec)


def request(writer, url, date):
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3]
    http = StatusAndHeaders("GET %s HTTP/1.1" % path, [
        ("Host", host),
        ("User-Agent", "Mozilla/5.0 (compatible; defcoop-sample-crawler/0.1)"),
        ("Accept", "text/html,application/xhtml+xml"),
    ], is_http_request=True)
    rec = writer.create_warc_record(
        url, "request", payload=io.BytesIO(b""), length=0, http_headers=http,
        warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": rid("request", url)})
    writer.write_record(rec)


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        info = b"software: defcoop samples/make_warc.py\r\nformat: WARC File Format 1.1\r\n" \
               b"description: sample crawl for defcoop (articles written for the project)\r\n"
        w.write_record(w.create_warc_record(
            "sample.warc.gz", "warcinfo", payload=io.BytesIO(info), length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Date": "2022-10-01T00:00:00Z",
                               "WARC-Record-ID": rid("warcinfo", "sample.warc.gz"),
                               "WARC-Filename": "sample.warc.gz"}))
        (fn0, url0, d0) = PAGES[0]
        request(w, url0, d0)
        response(w, url0, d0, (SRC / fn0).read_bytes(), "text/html; charset=utf-8")
        response(w, PNG_URL, d0, tiny_png(), "image/png")
        fn1, url1, d1 = PAGES[1]
        response(w, url1, d1, (SRC / fn1).read_bytes(), "text/html; charset=UTF-8")
        body = json.dumps({"post": "mongolia-khaan-quest-2019", "comments": [
            {"user": "reader1", "text": "Good to see this exercise again."}]}).encode()
        response(w, JSON_URL, d1, body, "application/json")
        fn2, url2, d2 = PAGES[2]
        response(w, url2, d2, (SRC / fn2).read_bytes(), "text/html")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
