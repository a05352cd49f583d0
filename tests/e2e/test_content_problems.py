#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end: the app over a user content folder of 1,000 files, half of
them hostile (tests/spots-hostile-folder.c), used through AT-SPI: the
topics are there, and the main menu offers Content Problems, which lists
what is wrong and copies it."""
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from spots_driver import SkinSpots, wait_for  # noqa: E402

BINARY = os.environ["SKIN_SPOTS"]
MAKE_FOLDER = os.path.join(os.environ["SPOTS_BUILD_DIR"], "tests", "make-hostile-folder")


class ContentProblemsTest(unittest.TestCase):
    def setUp(self):
        self.home = tempfile.mkdtemp(prefix="skin-spots-hostile-")
        self.folder = os.path.join(self.home, "data", "skin-spots", "content")
        self.good = subprocess.run([MAKE_FOLDER, self.folder, "1000"], check=True,
                                   capture_output=True, text=True).stdout.split()
        self.app = SkinSpots(BINARY, home=self.home)

    def tearDown(self):
        self.app.close()
        # The app wrote nothing: not beside the folder, not in its home
        # (its settings are in memory here; the test made the rest).
        made_by_test = (self.folder, os.path.join(self.home, "data", "skin-spots",
                                                  "outside-the-folder.xml"))
        written = []
        for top, folders, files in os.walk(self.home):
            if top.startswith(self.folder):
                continue
            written += [os.path.join(top, name) for name in files
                        if os.path.join(top, name) not in made_by_test]
        self.assertEqual(written, [])

    def test_problems_page_from_the_main_menu(self):
        app = self.app
        # A good article from the folder is among the topics.
        wait_for(lambda: app.has_label("Good page 0010"), "a good page from the folder")

        app.click("Main menu", "push button")
        app.click("Content Problems", "menu item")
        wait_for(lambda: app.title() == "Content Problems – Skin Spots", "the problems page")
        app.find("Content Problems", "heading")
        problems = app.find("Content problems", "list")
        # Each row: the file, then where in it and what is wrong.
        names = wait_for(lambda: [n.name for n in problems.findChildren(lambda n: n.roleName == "label",
                                                                        recursive=True)
                                  if n.name.startswith("Line ")],
                         "the rows of the list")
        self.assertTrue(any(": " in name for name in names), names[:5])
        files = [n.name for n in problems.findChildren(lambda n: n.roleName == "label",
                                                       recursive=True)
                 if n.name.startswith(self.folder + os.sep)]
        self.assertTrue(files and all(name.endswith(".xml") for name in files), files[:5])
        self.assertTrue(any("problems were found" in label for label in app.labels()))
        app.click("Copy All")

        shot = os.environ.get("SPOTS_SCREENSHOT")
        if shot:
            app.screenshot(shot)


if __name__ == "__main__":
    unittest.main(verbosity=2)
