#!/usr/bin/env python3
"""Tests of markup2gold.convert: python3 test-corpus/tools/test_markup2gold.py (standard library only)."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import markup2gold  # noqa: E402

PUTIN = 'name="Vladimir Putin" kind=PERSON entity=putin gender=MALE'


def convert(source):
    plain, gold, errors, warnings = markup2gold.convert("x", source)
    return plain, gold, errors.messages, warnings


class ReportedSpeech(unittest.TestCase):

    def ok(self, source):
        plain, gold, errors, warnings = convert(source)
        self.assertEqual(errors, [])
        return plain, gold, warnings

    def error(self, source, fragment):
        errors = convert(source)[2]
        self.assertTrue(any(fragment in e for e in errors), errors)

    def test_indirect_needs_no_quotation_marks(self):
        plain, gold, _ = self.ok("@q1 type=INDIRECT %s\n---\n[[S1:Putin]] [[C1:said]] [[Q1:that talks start]].\n" % PUTIN)
        self.assertEqual(plain, "Putin said that talks start.\n")
        q = gold["quotes"][0]
        self.assertEqual((q["type"], q["text"], q["spans"]), ("INDIRECT", "that talks start", [{"begin": 11, "end": 27}]))
        self.assertEqual({k: q["speaker"][k] for k in ("entity", "gender")}, {"entity": "putin", "gender": "MALE"})

    def test_split_indirect(self):
        _, gold, _ = self.ok("@q1 type=INDIRECT %s\n---\n[[Q1:Now]], [[S1:he]] [[C1:said]], [[Q1:it shifted]].\n" % PUTIN)
        self.assertEqual(gold["quotes"][0]["text"], "Now it shifted")

    def test_direct_keeps_its_checks(self):
        self.error("@q1 type=DIRECT %s\n---\n[[S1:Putin]] [[C1:said]] [[Q1:that x]].\n" % PUTIN,
                   "not preceded by an opening quotation mark")

    def test_mixed_needs_a_quotation_mark(self):
        self.ok("@q1 type=MIXED %s\n---\n[[S1:Putin]] [[C1:called]] [[Q1:it “too late.”]]\n" % PUTIN)
        self.ok("@q1 type=MIXED name=null\n---\nIt was [[C1:said]] [[Q1:that it's 'fine']].\n")
        self.error("@q1 type=MIXED name=null\n---\nIt was [[C1:said]] [[Q1:that it's fine]].\n", "no quoted words")
        self.ok("@q1 type=INDIRECT name=null\n---\nIt was [[C1:said]] [[Q1:that Jones' Field was fine in the '90s]].\n")
        self.error("@q1 type=MIXED name=null\n---\nIt was [[C1:said]] [[Q1:that “[[N/title:Heat]]” won]].\n",
                   "no quoted words")

    def test_continuation_in_new_marks_is_a_span_of_the_same_quote(self):
        _, gold, _ = self.ok("@q1 %s\n---\n“[[Q1:A,]]” [[S1:he]] [[C1:said]]. “[[Q1:B.]]”\n" % PUTIN)
        self.assertEqual([(q["type"], q["text"]) for q in gold["quotes"]], [("DIRECT", "A, B.")])

    def test_mixed_continued_by_a_quoted_sentence(self):
        plain, gold, warnings = self.ok("@q1 type=MIXED %s\n---\n[[S1:He]] [[C1:said]] [[Q1:talks start]]. "
                                        "“[[Q1:We are set.]]”\n“[[Q1:Truly.]]”\n" % PUTIN)
        q = gold["quotes"][0]
        self.assertEqual((q["type"], q["text"], len(q["spans"])), ("MIXED", "talks start We are set. Truly.", 3))
        self.assertFalse(any("ends with" in w for w in warnings), warnings)
        # Over paragraphs: the quoted span may end its paragraph when the next span opens the next one.
        self.ok("@q1 type=MIXED %s\n---\n[[S1:He]] [[C1:said]] [[Q1:talks start]]. “[[Q1:We are set.]]\n"
                "“[[Q1:Truly.]]”\n" % PUTIN)
        # The quoted span gets the DIRECT checks.
        self.error("@q1 type=MIXED %s\n---\n[[S1:He]] [[C1:said]] [[Q1:talks start]]. “[[Q1:We are]] set.”\n" % PUTIN,
                   "is not followed by")

    def test_reported_span_inside_quotation_marks(self):
        self.error("@q1 type=INDIRECT %s\n---\n[[S1:He]] [[C1:said]] [[Q1:talks start]]. “[[Q1:We are set.]]”\n"
                   % PUTIN, "make the quote MIXED")
        self.error("@q1 type=MIXED %s\n---\n“[[Q1:A,]]” [[S1:he]] [[C1:said]]. “[[Q1:B.]]”\n" % PUTIN, "make it DIRECT")

    def test_indirect_may_hold_a_negative_but_no_quoted_words(self):
        _, gold, _ = self.ok("@q1 type=INDIRECT %s\n---\n[[S1:He]] [[C1:said]] [[Q1:“[[N/title:Heat]]” won]].\n" % PUTIN)
        self.assertEqual(gold["negatives"][0]["text"], "Heat")
        self.error("@q1 type=INDIRECT %s\n---\n[[S1:He]] [[C1:called]] [[Q1:it “too late.”]]\n" % PUTIN, "make it MIXED")

    def test_no_overlap_and_no_other_nesting(self):
        self.error("@q1 type=INDIRECT name=null\n@q2 type=INDIRECT name=null\n---\n"
                   "It was [[C1:said]] [[Q1:that [[Q2:x]] y]].\n", "nested")
        self.error("@q1 type=DIRECT name=null\n---\n“[[Q1:a ‘[[N:x]]’ b]]”\n", "overlap")
        self.error("@q1 type=INDIRECT name=null\n---\nIt was [[C1:said]] [[Q1:that “]][[N:x]]” y.\n", "make it MIXED")

    def test_passive_without_source(self):
        _, gold, _ = self.ok("@q1 type=INDIRECT name=null\n---\nIt is [[C1:said]] [[Q1:that x]].\n")
        self.assertIsNone(gold["quotes"][0]["speaker"])

    def test_final_full_stop_is_a_warning(self):
        _, _, warnings = self.ok("@q1 type=INDIRECT %s\n---\n[[S1:Putin]] [[C1:said]] [[Q1:that x.]]\n" % PUTIN)
        self.assertTrue(any("ends with '.'" in w for w in warnings), warnings)


class MarkTypos(unittest.TestCase):

    def test_two_apostrophes_close_a_curly_double_quote(self):
        plain, gold, errors, _ = convert("@q1 name=null\n---\n“[[Q1:We are set,]]’’ he said.\n")
        self.assertEqual(errors, [])
        self.assertEqual(gold["quotes"][0]["text"], "We are set,")
        self.assertTrue(any("not followed by" in e for e in convert("@q1 name=null\n---\n“[[Q1:We are set,]]’ he said.\n")[2]))

    def test_closing_mark_typed_as_the_opening_one(self):
        plain, gold, errors, _ = convert("@q1 name=null\n---\n”[[Q1:We are set,]]” he said.\n")
        self.assertEqual(errors, [])
        self.assertTrue(any("contains its own closing mark" in e
                            for e in convert("@q1 name=null\n---\n”[[Q1:We ” are set,]]” he said.\n")[2]))


class Entities(unittest.TestCase):

    def errors(self, header, body="[[S1:Putin]] [[C1:said]] [[Q1:that x]]. [[S2:He]] [[C2:said]] [[Q2:that y]].\n"):
        return convert(header + "---\n" + body)

    def test_checks(self):
        cases = {
            '@q1 type=INDIRECT name=X kind=PERSON entity=x gender=M\n': "gender must be one of",
            '@q1 type=INDIRECT name=X kind=PERSON gender=MALE\n': "gender but no entity",
            '@q1 type=INDIRECT name=null entity=x gender=MALE\n': "entity but no speaker",
            '@q1 type=INDIRECT name=X kind=PERSON entity=x.y gender=MALE\n': "may contain only",
        }
        for header, fragment in cases.items():
            errors = self.errors(header, "[[S1:X]] [[C1:said]] [[Q1:that x]].\n")[2]
            self.assertTrue(any(fragment in e for e in errors), (header, errors))

    def test_one_entity_one_name_kind_gender(self):
        errors = self.errors("@q1 type=INDIRECT %s\n@q2 type=INDIRECT name=\"V. Putin\" kind=PERSON "
                             "entity=putin gender=UNKNOWN\n" % PUTIN)[2]
        self.assertEqual(len(errors), 2, errors)

    def test_missing_entity_is_an_error_once_the_file_uses_entities(self):
        errors = self.errors("@q1 type=INDIRECT %s\n@q2 type=INDIRECT name=\"Dmitry Peskov\" kind=PERSON\n" % PUTIN)[2]
        self.assertTrue(any("q2 has a speaker but no entity and gender" in e for e in errors), errors)
        _, _, errors, warnings = convert('@q1 name="Vladimir Putin" kind=PERSON\n---\n[[S1:Putin]] [[C1:said]] “[[Q1:x]]”.\n')
        self.assertEqual(errors, [])
        self.assertTrue(any("no entity and gender" in w for w in warnings), warnings)


if __name__ == "__main__":
    unittest.main()
