"""The verdict rule (scripts/verdict.py): a case for every label, including
the ones the old claims.py called "reproduced with a different magnitude"."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from verdict import case, ratio_case, verdict, verdict_bound, not_tested, LABELS  # noqa: E402


class RatioClaims(unittest.TestCase):
    def test_inside_the_spread_is_reproduced(self):
        v = verdict(1.39, [case(1.30, 1.20, 1.45)])
        self.assertEqual(v.label, "reproduced")

    def test_within_15_percent_of_the_median_is_reproduced(self):
        self.assertEqual(verdict(1.39, [case(1.25, 1.24, 1.26)]).label, "reproduced")
        self.assertEqual(verdict(1.39, [case(1.55, 1.54, 1.56)]).label, "reproduced")

    def test_just_beyond_15_percent_is_direction_only(self):
        self.assertEqual(verdict(1.39, [case(1.20, 1.19, 1.21)]).label, "direction only")

    def test_claims_1_to_3_old_reproduced_is_direction_only(self):
        # Old rule: any ratio above 1 read "reproduced with a different magnitude".
        v = verdict(1.39, [case(17.6, 15.0, 20.0), case(31.3, 28.0, 40.0)],
                    words=("learned faster", "learned slower"))
        self.assertEqual(v.label, "direction only")
        self.assertIn("learned faster, but 18–31× rather than 1.39×", v.detail)

    def test_claim_7_old_reproduced_whole_lookups_is_inconclusive(self):
        # 0.96-1.15x against 10x: the spread reaches 1x.
        v = verdict(10.0, [case(1.05, 0.96, 1.15)])
        self.assertEqual(v.label, "inconclusive")

    def test_opposite_direction_beyond_noise_is_not_reproduced(self):
        v = verdict(0.92, [case(1.10, 1.05, 1.15)], words=("layered slower", "layered faster"))
        self.assertEqual(v.label, "not reproduced")
        self.assertIn("layered faster", v.detail)

    def test_a_claim_below_one_reproduced(self):
        self.assertEqual(verdict(0.92, [case(0.90, 0.88, 0.93)]).label, "reproduced")

    def test_spread_touching_neutral_is_inconclusive_even_if_claim_inside(self):
        self.assertEqual(verdict(0.92, [case(0.95, 0.90, 1.0)]).label, "inconclusive")

    def test_cases_on_both_sides_are_inconclusive(self):
        self.assertEqual(verdict(2.0, [case(2.0, 1.9, 2.1), case(0.8, 0.7, 0.9)]).label,
                         "inconclusive")

    def test_mixed_reproduced_and_direction_only_is_direction_only(self):
        self.assertEqual(verdict(2.0, [case(2.0, 1.9, 2.1), case(5.0, 4.5, 5.5)]).label,
                         "direction only")

    def test_claimed_range_overlapping_is_reproduced(self):
        self.assertEqual(verdict((5.0, 30.0), [case(12.0, 10.0, 14.0)], unit=" ns").label,
                         "reproduced")

    def test_ratio_case_takes_the_widest_spread(self):
        c = ratio_case((200.0, 180.0, 220.0), (100.0, 90.0, 110.0))
        self.assertAlmostEqual(c.median, 2.0)
        self.assertAlmostEqual(c.lo, 180.0 / 110.0)
        self.assertAlmostEqual(c.hi, 220.0 / 90.0)

    def test_bad_input_is_refused(self):
        with self.assertRaises(ValueError):
            verdict(1.39, [])
        with self.assertRaises(ValueError):
            case(1.0, 1.1, 1.2)
        with self.assertRaises(ValueError):
            verdict(1.0, [case(1.0)])


class BoundClaims(unittest.TestCase):
    def test_training_under_1ms(self):
        self.assertEqual(verdict_bound(1.0, [case(0.44)], True, "build").label, "reproduced")
        # The old claim 4 at HEAD: linear's default builds 50K keys in 2.3 ms.
        self.assertEqual(verdict_bound(1.0, [case(2.3)], True, "build").label, "not reproduced")
        self.assertEqual(verdict_bound(1.0, [case(0.9), case(1.2)], True, "build").label,
                         "inconclusive")

    def test_faster_than_bound(self):
        self.assertEqual(verdict_bound(1.0, [case(2.2, 2.0, 2.4)], False, "x").label, "reproduced")
        self.assertEqual(verdict_bound(1.0, [case(1.05, 0.95, 1.1)], False, "x").label,
                         "inconclusive")


class NotTested(unittest.TestCase):
    def test_claim_8_is_not_tested(self):
        # The old code could only print "reproduced" or "not measured" for it.
        v = not_tested("no call from another language through an FFI is measured")
        self.assertEqual(v.label, "not tested")
        self.assertIn("FFI", v.detail)
        with self.assertRaises(ValueError):
            not_tested("")

    def test_every_label_is_reachable(self):
        got = {verdict(1.39, [case(1.3, 1.2, 1.45)]).label,
               verdict(1.39, [case(20, 15, 25)]).label,
               verdict(1.39, [case(0.5, 0.4, 0.6)]).label,
               verdict(1.39, [case(1.0, 0.9, 1.1)]).label,
               not_tested("x").label}
        self.assertEqual(got, set(LABELS))


if __name__ == "__main__":
    unittest.main()
