"""Build the u41 set: python3 _build/build.py"""
import lib
import docs_a, docs_b, docs_c, docs_d, docs_e, docs_f, docs_g, docs_h, docs_i  # noqa: F401

ids = [d[0] for d in lib.DOCS]
assert ids == [f"u41-{i:02d}" for i in range(1, 26)], ids
lib.write_all()
