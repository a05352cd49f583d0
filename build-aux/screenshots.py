#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes the screenshots for the metainfo and the README from the real,
built app at its default size (1000 x 720), driving it through AT-SPI.

    build-aux/screenshots.sh    (wraps this in Xvfb and a session bus)

Writes data/screenshots/{home,article,search,compare,checklist,checklist-result}.png.
"""
import os
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(root, "tests", "e2e"))

from spots_driver import SkinSpots, wait_for  # noqa: E402

binary = os.environ.get("SKIN_SPOTS", os.path.join(root, "_build", "src", "skin-spots"))
out = os.path.join(root, "data", "screenshots")
os.makedirs(out, exist_ok=True)

app = SkinSpots(binary)
try:
    app.find("Worried right now?", "heading")
    app.screenshot(os.path.join(out, "home.png"))

    app.activate_row("Petechiae")
    wait_for(lambda: app.title() == "Petechiae – Skin Spots", "the petechiae page")
    app.screenshot(os.path.join(out, "article.png"))

    app.key("<Control>k")
    app.type("itchy rash")
    wait_for(lambda: app.title() == "Search Results – Skin Spots", "the search results")
    time.sleep(1)
    app.screenshot(os.path.join(out, "search.png"))
    app.key("Escape")

    app.key("<Alt>Home")
    app.click("Heat rash")
    wait_for(lambda: app.title() == "Heat rash – Skin Spots", "the heat rash page")
    app.key("<Control>m")
    wait_for(lambda: app.title() == "Compare Look-Alikes – Skin Spots", "the comparison")
    # GTK 4.8 check boxes offer no AT-SPI action: tick them with the keyboard.
    for name in ("Petechiae", "Cherry angioma"):
        app.move_focus(lambda n: n.roleName == "check box" and n.name == name, key="Tab",
                       what=f"the {name} check box")
        app.key("space")
    app.find("Comparing 3 conditions.", "status bar")
    app.screenshot(os.path.join(out, "compare.png"))

    app.key("<Control>e")
    app.find("Do the spots stay visible when you press a clear glass firmly on them?", "heading")
    app.screenshot(os.path.join(out, "checklist.png"))
    app.click("Yes")
    app.find("Is there a fever, or does the person feel hot and shivery?", "heading")
    app.click("Not sure")
    app.find("Get emergency help now", "heading")
    app.screenshot(os.path.join(out, "checklist-result.png"))
finally:
    app.close()

print("screenshots written to", out)
