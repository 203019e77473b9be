"""Cross-checks Fathom's .npy reader/writer against numpy (run by NpyNumpyCrossCheckTest).

  write DIR     numpy writes every variant (dtype x byte order x memory order x shape, and a few
                files in format versions 2.0 and 3.0) into DIR
  check DIR     numpy loads every DIR/*.npy named as `write` names them and prints, per file:
                name, dtype.str, fortran (0/1), shape, ok or MISMATCH (tab-separated)
  describe ROOT prints, for every .npy under ROOT: relative path, dtype.str, fortran, shape,
                sha256 of the values as little-endian C-order bytes

Values are a function of the C-order flat index k, the same as NpyTestValues.java:
  b1: k % 3 == 0;  iN/uN: low N bits of (k * 0x9E3779B97F4A7C15 + 12345) mod 2**64;
  f4: (k - 5) * 0.375;  f8: (k - 5) * 0.1;  c8/c16: ((k - 5) * 0.375) + (0.25 - 0.5 * k) j
"""
import hashlib
import os
import sys

import numpy as np

TYPES = ['b1', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'f4', 'f8', 'c8', 'c16']
SHAPES = {'s': (), '7': (7,), '3x4': (3, 4), '2x3x4': (2, 3, 4), '0x3': (0, 3), '4x1': (4, 1)}
EXTRA_VERSIONS = [('f8_le_C_3x4', (2, 0)), ('f8_le_C_3x4', (3, 0)), ('c8_be_F_2x3x4', (2, 0)), ('i2_be_F_3x4', (3, 0))]


def values(t, n):
    ks = range(n)
    if t == 'b1':
        return np.array([k % 3 == 0 for k in ks], dtype='?')
    if t[0] in 'iu':
        bits = int(t[1:]) * 8
        raw = [((k * 0x9E3779B97F4A7C15 + 12345) % 2 ** 64) & (2 ** bits - 1) for k in ks]
        if t[0] == 'i':
            raw = [r - 2 ** bits if r >= 2 ** (bits - 1) else r for r in raw]
        return np.array(raw, dtype='<' + t)
    if t == 'f4':
        return np.array([(k - 5) * 0.375 for k in ks], dtype='<f4')
    if t == 'f8':
        return np.array([(k - 5) * 0.1 for k in ks], dtype='<f8')
    return np.array([complex((k - 5) * 0.375, 0.25 - 0.5 * k) for k in ks], dtype='<' + t)


def variants():
    for t in TYPES:
        orders = ['na'] if t in ('b1', 'i1', 'u1') else ['le', 'be']
        for bo in orders:
            for tag, shape in SHAPES.items():
                for mem in (['C', 'F'] if len(shape) >= 2 else ['C']):
                    yield '%s_%s_%s_%s' % (t, bo, mem, tag), t, bo, mem, shape


def expected(t, bo, mem, shape):
    n = int(np.prod(shape, dtype=np.int64))
    a = values(t, n).reshape(shape)
    dt = a.dtype.newbyteorder('>' if bo == 'be' else '<')
    return a.astype(dt, order=mem)


def write(d):
    for name, t, bo, mem, shape in variants():
        np.save(os.path.join(d, name + '.npy'), expected(t, bo, mem, shape))
    for base, version in EXTRA_VERSIONS:
        t, bo, mem, tag = base.split('_')
        with open(os.path.join(d, '%s_v%d.npy' % (base, version[0])), 'wb') as f:
            np.lib.format.write_array(f, expected(t, bo, mem, SHAPES[tag]), version=version)


def fortran(a):
    return int(a.flags.f_contiguous and not a.flags.c_contiguous)


def check(d):
    for fn in sorted(os.listdir(d)):
        if not fn.endswith('.npy'):
            continue
        t, bo, mem, tag = fn[:-4].split('_')[:4]
        a = np.load(os.path.join(d, fn))
        want = expected(t, bo, mem, SHAPES[tag])
        same = a.dtype == want.dtype and a.shape == want.shape and np.array_equal(a, want)
        print('%s\t%s\t%d\t%s\t%s' % (fn, a.dtype.str, fortran(a), a.shape, 'ok' if same else 'MISMATCH'))


def describe(root):
    for dirpath, _, files in sorted(os.walk(root)):
        for fn in sorted(files):
            if fn.endswith('.npy'):
                p = os.path.join(dirpath, fn)
                a = np.load(p, allow_pickle=False)
                canon = a.astype(a.dtype.newbyteorder('<'), order='C').tobytes(order='C')
                print('%s\t%s\t%d\t%s\t%s' % (os.path.relpath(p, root), a.dtype.str, fortran(a), a.shape,
                                          hashlib.sha256(canon).hexdigest()))


if __name__ == '__main__':
    {'write': write, 'check': check, 'describe': describe}[sys.argv[1]](sys.argv[2])
