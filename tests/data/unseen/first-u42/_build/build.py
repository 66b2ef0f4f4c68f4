import lib, d01_05, d06_10, d11_15, d16_20, d21_25
lib.DOCS.sort(key=lambda d: d[0])
assert [d[0] for d in lib.DOCS] == [f"u42-{i:02d}" for i in range(1, 26)], [d[0] for d in lib.DOCS]
lib.write_all()
