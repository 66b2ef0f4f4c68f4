import lib, docs_a, docs_b, docs_c, docs_d, docs_e, docs_f, docs_g
lib.DOCS.sort(key=lambda d: d[0])
assert [d[0] for d in lib.DOCS] == ["u4-%02d" % i for i in range(1, 26)], [d[0] for d in lib.DOCS]
lib.write_all()
