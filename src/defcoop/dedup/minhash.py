"""Near-duplicate documents: MinHash over word 5-shingles, indexed with LSH.

Pure and in memory: the store persists `DuplicateIndex.signature()` bytes and rebuilds
the index with `add_signature()` at the start of a run, without re-reading texts.

Texts shorter than `MIN_WORDS` words have too few shingles for a meaningful Jaccard
estimate; they are matched exactly only (same normalised words, same order).
"""
from __future__ import annotations

import hashlib
import logging
import re
import struct
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import islice

import numpy as np
from datasketch import MinHash, MinHashLSH

LOGGER = logging.getLogger(__name__)

NUM_PERM = 128
SEED = 20240601  # fixed: signatures persisted in the store must stay comparable across runs
SHINGLE_WORDS = 5
UPDATE_SLICE = 4096  # shingles hashed per datasketch update_batch call
MIN_WORDS = 8
DEFAULT_THRESHOLD = 0.5  # as near_duplicate_threshold in defaults.toml
SCHEME = "affine32"  # 32-bit hash values: 4 bytes per permutation

# The LSH banding of signatures stored in the database (`document_bands`): datasketch's optimum for
# the default threshold, fixed so stored bands stay comparable whatever threshold a run is given
# (candidates are always checked against that threshold).
# Changing BANDS, ROWS or `_band_key` changes what is stored: it needs a migration that refills
# document_bands (0006 filled it with these).
BANDS, ROWS = 25, 5
SHORT_BAND = -1  # a short text's one "band": its whole signature (exact match only)

# Signature bytes: b"DM", format version, flag (1 = short text, exact match only),
# then NUM_PERM little-endian uint32 hash values.
_MAGIC = b"DM"
_VERSION = 1
_HEADER = struct.Struct("<2sBB")
_WORD_RE = re.compile(r"\w+")


def normalise_words(text: str) -> list[str]:
    """Words of `text` after Unicode NFKC normalisation and case folding."""
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> Iterator[bytes]:
    """Word `size`-shingles of `words`, UTF-8 encoded, in text order, repeats included; one shingle if the
    text is shorter."""
    if len(words) <= size:
        yield " ".join(words).encode("utf-8")
        return
    for i in range(len(words) - size + 1):
        yield " ".join(words[i:i + size]).encode("utf-8")


# The permutations follow from the seed; drawing them again for every MinHash was a third of
# the cost of a signature.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    """An empty MinHash with the project's fixed parameters, or one over `hashvalues`."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=hashvalues, permutations=_PERMUTATIONS)


def _compute(text: str) -> tuple[MinHash, bool]:
    """MinHash of `text` and whether the text is short (exact match only)."""
    words = normalise_words(text)
    short = len(words) < MIN_WORDS
    mh = _minhash()
    # Short texts hash as one shingle (the whole text), so equal signatures mean equal texts.
    # The shingles stream, unsorted and not gathered into a set: a minimum depends neither on the order
    # nor on repeats, and a set of a 100 MB text's shingles took gigabytes and grew slower than linear.
    items = iter([" ".join(words).encode("utf-8")]) if short else shingles(words)
    # update_batch builds a (permutations x shingles) matrix: in slices, time stays linear and memory
    # bounded (one call on a 10 MB text took 1.7 GB and 27 times the time of 1 MB); the minimum is the same.
    while batch := list(islice(items, UPDATE_SLICE)):
        mh.update_batch(batch)
    return mh, short


def _encode(mh: MinHash, short: bool) -> bytes:
    """Serialise a MinHash into signature bytes."""
    return _HEADER.pack(_MAGIC, _VERSION, int(short)) + mh.hashvalues.astype("<u4").tobytes()


def _decode(signature: bytes) -> tuple[MinHash, bool]:
    """Parse signature bytes; ValueError if they are not a signature of this format."""
    expected = _HEADER.size + 4 * NUM_PERM
    if len(signature) != expected:
        raise ValueError(f"bad signature: {len(signature)} bytes, expected {expected}")
    magic, version, flag = _HEADER.unpack_from(signature)
    if magic != _MAGIC or version != _VERSION or flag not in (0, 1):
        raise ValueError("bad signature: unknown header")
    values = np.frombuffer(signature, dtype="<u4", offset=_HEADER.size).astype(np.uint32)
    return _minhash(values), bool(flag)


def signature_of(text: str) -> bytes:
    """The near-duplicate signature of `text` (bytes to persist; `DuplicateIndex.add_signature` reads them)."""
    return _encode(*_compute(text))


class DuplicateIndex:
    """Finds stored documents whose text is a near duplicate of a new one.

    `threshold` is the Jaccard similarity of word 5-shingles above which two texts are
    near duplicates. Candidates from LSH are checked against the estimated Jaccard, so
    `find` returns only documents at or above the threshold (the most similar one).
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD):
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        try:
            self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        except ValueError as exc:  # datasketch cannot band 128 permutations for thresholds near 1
            raise ValueError(f"threshold {threshold} is too high for LSH with {NUM_PERM} permutations "
                             "(at most about 0.98)") from exc
        self._hashes: dict[str, MinHash] = {}
        self._exact: dict[bytes, str] = {}  # hash values -> first doc id with them

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._hashes

    def signature(self, text: str) -> bytes:
        """The bytes to persist for `text`; feed them back with `add_signature`."""
        return signature_of(text)

    def add(self, doc_id: str, text: str) -> bytes:
        """Index `text` under `doc_id` and return its signature."""
        signature = self.signature(text)
        self.add_signature(doc_id, signature)
        return signature

    def add_signature(self, doc_id: str, signature: bytes) -> None:
        """Index a stored signature under `doc_id` (a second add of the same id is ignored)."""
        mh, short = _decode(signature)
        if doc_id in self._hashes:
            return
        self._hashes[doc_id] = mh
        self._exact.setdefault(signature[_HEADER.size:] + bytes([short]), doc_id)
        if not short:
            self._lsh.insert(doc_id, mh, check_duplication=False)

    def find(self, text: str) -> str | None:
        """Id of an indexed document that `text` duplicates (exactly or nearly), else None."""
        return self.find_signature(self.signature(text))

    def find_signature(self, signature: bytes) -> str | None:
        """Like `find`, for a signature computed earlier with `signature`."""
        mh, short = _decode(signature)
        exact = self._exact.get(signature[_HEADER.size:] + bytes([short]))
        if exact is not None or short:
            return exact
        best, best_score = None, -1.0
        for candidate in self._lsh.query(mh):
            score = mh.jaccard(self._hashes[candidate])
            if score >= self.threshold and (score > best_score or (score == best_score and candidate < best)):
                best, best_score = candidate, score
        return best


def _band_key(values: bytes) -> int:
    """A signed 64-bit key for a band of hash values (fits an SQL BIGINT on every backend)."""
    return int.from_bytes(hashlib.blake2b(values, digest_size=8).digest(), "little", signed=True)


def band_keys(signature: bytes) -> list[tuple[int, int]]:
    """The (band, key) pairs a signature is stored under: two signatures share one when LSH would make
    them candidates (a short text has one pair, its whole signature). ValueError on bad bytes."""
    _decode(signature)
    values = signature[_HEADER.size:]
    if signature[_HEADER.size - 1]:  # short text: exact matches only
        return [(SHORT_BAND, _band_key(values))]
    width = 4 * ROWS
    return [(band, _band_key(values[band * width:(band + 1) * width])) for band in range(BANDS)]


def best_candidate(signature: bytes, candidates: Iterable[tuple[str, bytes]], threshold: float) -> str | None:
    """Of `candidates` ((doc id, signature) pairs), the one most similar to `signature` with a Jaccard
    estimate at or above `threshold` (ties: the smallest id); a short text matches identical ones only."""
    mh, short = _decode(signature)
    best, best_score = None, -1.0
    for doc_id, other in candidates:
        try:
            other_mh, other_short = _decode(bytes(other))
        except ValueError as exc:
            LOGGER.warning("ignoring stored signature of %s: %s", doc_id, exc)
            continue
        if short or other_short:
            score = 1.0 if (short == other_short and bytes(other) == signature) else 0.0
        else:
            score = mh.jaccard(other_mh)
        if score >= threshold and (score > best_score or (score == best_score and doc_id < best)):
            best, best_score = doc_id, score
    return best
