#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The installed Flatpak's window, driven through AT-SPI from outside the
sandbox: it opens on the home page, and the page it closes on comes back
after a restart (settings live in the sandbox's own keyfile).

Usage: flatpak-window.py HOME SCREENSHOT, inside a display and a session bus,
with FLATPAK_USER_DIR naming the installation. Called by flatpak-check.sh.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
from spots_driver import wait_for  # noqa: E402
from dogtail import tree  # noqa: E402

APP_ID = "io.github.skinspots.SkinSpots"
home, screenshot = sys.argv[1:]
env = dict(os.environ, HOME=home, GSK_RENDERER="cairo", GDK_DISABLE="gl")
env.pop("GTK_MODULES", None)
app_log = open(os.path.join(home, "app.log"), "w+")


def flatpak_run(*args):
    # The app's messages are kept: a warning fails the check.
    return subprocess.Popen(["flatpak", "run", APP_ID, *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=app_log)


def the_window():
    """The app's main window on the accessibility bus. (Its process id is
    the sandbox's, so the app is found by name: one instance runs.)"""
    for app in tree.root.applications():
        if app.name == "skin-spots":
            for child in app.children:
                if child.roleName == "frame":
                    return child
    return None


def visible(window, role, name):
    return window.findChildren(lambda n: n.roleName == role and n.name == name and n.visible,
                               recursive=True)


def quit_app(process):
    # GApplication's own D-Bus interface, as the desktop would close it.
    subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID,
                    "--object-path", "/" + APP_ID.replace(".", "/"),
                    "--method", "org.freedesktop.Application.ActivateAction",
                    "quit", "[]", "{}"], check=True, stdout=subprocess.DEVNULL)
    process.wait(timeout=20)


def x11_title():
    """The title the X server has for the app's window: what a window
    list shows, read without AT-SPI."""
    tree_text = subprocess.run(["xwininfo", "-root", "-tree"], check=True,
                               capture_output=True, text=True).stdout
    for line in tree_text.splitlines():
        if '("skin-spots" "skin-spots")' in line and "Skin Spots" in line:
            return line.split('"')[1]
    return None


def check(condition, message):
    if not condition:
        app_log.seek(0)
        sys.exit(f"flatpak window: {message}\nThe app's messages:\n{app_log.read()}")


first = flatpak_run()
window = wait_for(the_window, "the Flatpak's window on the accessibility bus", seconds=30)
wait_for(lambda: visible(window, "heading", "Red spots on the skin"), "the home page's heading")
check(visible(window, "push button", "Check Warning Signs"),
      "the home page has no Check Warning Signs button")
subprocess.run(["import", "-window", "root", screenshot], check=True)
colours = int(subprocess.run(["identify", "-format", "%k", screenshot], check=True,
                             capture_output=True, text=True).stdout)
check(colours > 100, f"the screenshot has only {colours} colours: the window looks blank")
print(f"The window shows the home page (AT-SPI; screenshot {screenshot}, {colours} colours)")

# A second start hands the article over to the running instance.
status = flatpak_run("--article=glass-test").wait(timeout=20)
check(status == 0, f"handing an article to the running app exited {status}")
wait_for(lambda: window.name == "The glass test – Skin Spots",
         f"the glass test page (AT-SPI: {window.name!r}, X11: {x11_title()!r})")
quit_app(first)

keyfile = os.path.join(home, ".var", "app", APP_ID, "config", "glib-2.0", "settings", "keyfile")
check(os.path.exists(keyfile) and "last-article='glass-test'" in open(keyfile).read(),
      f"{keyfile} does not hold the last article")

again = flatpak_run()
window = wait_for(the_window, "the window after a restart", seconds=30)
wait_for(lambda: window.name == "The glass test – Skin Spots",
         "the restarted window to reopen the glass test")
quit_app(again)
print("Settings survive a restart inside the sandbox (the glass test reopened)")

# GLib warns when the instance that hands over an article exits without
# leaving the bus (the app parses its own options before GApplication runs;
# the D-Bus activation work changes that). Anything else is a failure.
app_log.seek(0)
warnings = [line for line in app_log.read().splitlines()
            if ("-WARNING **" in line or "-CRITICAL **" in line)
            and "did not unregister from D-Bus" not in line]
check(not warnings, "the app printed warnings:\n" + "\n".join(warnings))
