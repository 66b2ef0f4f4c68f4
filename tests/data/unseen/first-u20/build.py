# Builds the u20 evaluation documents and gold files from the texts in _p*.py.
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _lib, _p1, _p2, _p3, _p4, _p5, _p6, _p7
_lib.write()
