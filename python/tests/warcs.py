"""Writes WARC files for the tests: fixture pages as response records, with
warcinfo and request records, non-HTML responses and revisits between them."""

from __future__ import annotations

import gzip
import json
import pathlib
import uuid

from conftest import FIXTURES, fixture_meta, fixture_slugs


def record(warc_type: str, uri: str, block: bytes, content_type: str) -> bytes:
    """One WARC/1.1 record, uncompressed."""
    head = (f"WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2024-03-05T14:30:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def response(uri: str, body: bytes, content_type: str, status: int = 200) -> bytes:
    http = (f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    return record("response", uri, http, "application/http; msgtype=response")


def request(uri: str) -> bytes:
    return record("request", uri, f"GET {uri} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
                  "application/http; msgtype=request")


def write_warc(path: pathlib.Path, pages: int, start: int = 0) -> list[dict]:
    """A gzipped WARC (a member per record) of `pages` fixture pages in turn, each
    with its request, plus a JSON response and a revisit. Returns, per response
    record in order: its URI, fixture slug (None for JSON) and expected kind."""
    slugs = fixture_slugs()
    members = [record("warcinfo", "", b"software: pith tests\r\n", "application/warc-fields")]
    expected = []
    for i in range(start, start + pages):
        slug = slugs[i % len(slugs)]
        meta = fixture_meta(slug)
        uri = f"https://site{i}.example/{slug}/{i}"
        members.append(request(uri))
        members.append(response(uri, (FIXTURES / slug / "source.html").read_bytes(),
                                meta["content_type"]))
        expected.append({"uri": uri, "slug": slug, "kind": "extracted"})
        if i % 25 == 0:
            uri = f"https://site{i}.example/api/{i}.json"
            members.append(response(uri, json.dumps({"n": i}).encode(), "application/json"))
            expected.append({"uri": uri, "slug": None, "kind": "skipped"})
            members.append(record("revisit", uri, b"", "application/http; msgtype=response"))
    path.write_bytes(b"".join(gzip.compress(m) for m in members))
    return expected


def damage(path: pathlib.Path, expected: list[dict]) -> list[dict]:
    """Cuts a gzip member short and puts garbage between two members, in the
    middle of the file. Returns the records still expected (whole ones)."""
    data = path.read_bytes()
    members = []
    pos = 0
    while pos < len(data):
        d = __import__("zlib").decompressobj(31)
        d.decompress(data[pos:])
        end = len(data) - len(d.unused_data)
        members.append(data[pos:end])
        pos = end
    # members: warcinfo, then (request, response[, json response, revisit]) per page.
    responses = [i for i, m in enumerate(members) if b"msgtype=response" in gzip.decompress(m)
                 and b"WARC-Type: response" in gzip.decompress(m)]
    cut = responses[len(responses) // 2]
    garbage_after = responses[len(responses) // 2 + 2]
    members[cut] = members[cut][: len(members[cut]) // 2]
    members[garbage_after] += b"this is not a WARC record\r\n" * 20
    path.write_bytes(b"".join(members))
    cut_uri = expected[responses.index(cut)]["uri"]
    return [{**e, "kind": "failed"} if e["uri"] == cut_uri else e for e in expected]
