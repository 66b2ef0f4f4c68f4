import lib, d01_05, d06_10, d11_15, d16_20, d21_25
lib.write()
