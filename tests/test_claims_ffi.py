"""Claim 8's report (scripts/claims_ffi.py) on hand-made ffi_cost.csv
rows: the verdict follows the rule at the claim's 30 ns, each way, and a
run without the FFI rows yields no verdict (claim 8 then stays untested)."""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from claims_ffi import claim_8_ffi, ffi_rows  # noqa: E402

HEAD = "method,batch,kind,repeats,ns_per_key,ns_min,ns_max\n"
BASE = ["c_noop_call,1,measured,3,1.0,0.9,1.2", "c_vtable,1,measured,3,10.0,9.0,11.0",
        "c_api,1,measured,3,12.0,11.0,13.0", "py_noop_call,1,measured,3,40.0,38.0,45.0",
        "ctypes_get,1,measured,3,200.0,190.0,230.0", "ctypes_batch,64,measured,3,15.0,14.0,17.0",
        "c_api_batch,64,measured,3,9.0,8.5,9.5", "c_api_over_vtable,1,derived,3,2.0,1.5,2.5"]


def rows(extra):
    d = tempfile.mkdtemp(prefix="omen-ffi-")
    with open(os.path.join(d, "ffi_cost.csv"), "w") as f:
        f.write(HEAD + "\n".join(BASE + extra) + "\n")
    return ffi_rows(d)


class Claim8(unittest.TestCase):
    def test_above_30_ns_is_not_reproduced(self):
        F, meta = rows(["ffi_above_floor_ctypes,1,derived,3,148.0,130.0,180.0",
                        "ffi_above_floor_cffi,1,derived,3,60.0,50.0,75.0"])
        v, body, cross = claim_8_ffi(F, meta)
        self.assertEqual(v.label, "not reproduced")
        self.assertIn("50–180 ns", v.detail)
        self.assertIn("2.0 ns (1.5–2.5) more than through the vtable", cross)
        self.assertIn("below the claim's 5–30 ns", cross)
        text = "\n".join(body)
        self.assertIn("| 64 | 9.0 (8.5–9.5) | 15.0 (14.0–17.0) |", text)

    def test_below_30_ns_is_reproduced_and_straddling_inconclusive(self):
        F, meta = rows(["ffi_above_floor_cffi,1,derived,3,20.0,15.0,25.0"])
        self.assertEqual(claim_8_ffi(F, meta)[0].label, "reproduced")
        F, meta = rows(["ffi_above_floor_cffi,1,derived,3,28.0,20.0,40.0"])
        self.assertEqual(claim_8_ffi(F, meta)[0].label, "inconclusive")

    def test_no_ffi_rows_no_verdict(self):
        F, meta = rows([])
        self.assertIsNone(claim_8_ffi(F, meta))
        self.assertEqual(ffi_rows(tempfile.mkdtemp()), (None, None))


if __name__ == "__main__":
    unittest.main()
