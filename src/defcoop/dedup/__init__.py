"""Document deduplication: exact (by content hash) and near duplicates (MinHash + LSH)."""
from defcoop.dedup.minhash import DEFAULT_THRESHOLD, DuplicateIndex, normalise_words, signature_of

__all__ = ["DEFAULT_THRESHOLD", "DuplicateIndex", "normalise_words", "signature_of"]
