import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
import common
import part1, part2, part3, part4, part5, part6  # noqa: F401  (each adds its documents)
ok = common.write_all()
sys.exit(0 if ok else 1)
