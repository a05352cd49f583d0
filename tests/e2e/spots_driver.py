# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the real, built skin-spots through AT-SPI, as a user would.

Shared by the end-to-end tests and build-aux/screenshots.py. Run with
Debian's /usr/bin/python3 (python3-dogtail), inside a session bus and a
display: build-aux/dev.sh test does that.
"""
import os
import shutil
import subprocess
import tempfile
import time

os.environ.setdefault("GTK_MODULES", "gail:atk-bridge")

from gi.repository import GLib  # noqa: E402

# G_DEBUG=fatal-warnings (the e2e suite's) is for the programs of this
# build, which inherit it. This process is not one of them: its libatspi
# warns ("dbind", "Error in GetItems") whenever it asks GTK 4.8's tree for
# the cache object that GTK does not have, at a moment that depends on the
# timing. So here only criticals stop the process, before dogtail starts.
GLib.log_set_always_fatal(GLib.LogLevelFlags.LEVEL_CRITICAL)

from dogtail import config, rawinput, tree  # noqa: E402

config.searchCutoffCount = 20
config.searchBackoffDuration = 0.25
config.defaultDelay = 0.2
config.actionDelay = 0.2
config.typingDelay = 0.02
config.logDebugToFile = False
config.logDebugToStdOut = False


class Timeout(AssertionError):
    pass


def wait_for(predicate, what, seconds=15):
    """Polls until predicate() is true; fails with a message naming what."""
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # the tree changes while we look
            last = error
        time.sleep(0.2)
    raise Timeout(f"timed out waiting for {what}" + (f" ({last})" if last else ""))


class SkinSpots:
    """One running instance of the app, in a home of its own."""

    def __init__(self, binary, args=(), width=None, height=None, home=None, settings=None):
        self.home = home or tempfile.mkdtemp(prefix="skin-spots-e2e-")
        self._own_home = home is None
        env = dict(os.environ)
        # The app talks to AT-SPI with GTK's own backend; only Python needs
        # the module list, and GTK_A11Y=test would hide the app.
        env.pop("GTK_MODULES", None)
        env.pop("GTK_A11Y", None)
        env.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "XDG_STATE_HOME": os.path.join(self.home, "state"),
            "GSETTINGS_BACKEND": "memory",
            "GSK_RENDERER": "cairo",
            "GDK_DEBUG": "gl-disable",  # GTK 4.8
            "GDK_DISABLE": "gl",        # GTK 4.16 and later
            "GTK_USE_PORTAL": "0",
        })
        if settings:
            # Settings to start with (a window size: there is no window
            # manager to resize with), in GLib's keyfile format.
            folder = os.path.join(env["XDG_CONFIG_HOME"], "glib-2.0", "settings")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, "keyfile"), "w", encoding="utf-8") as out:
                out.write("[io/github/skinspots/SkinSpots]\n")
                out.writelines(f"{key}={value}\n" for key, value in settings.items())
            env["GSETTINGS_BACKEND"] = "keyfile"
        self.env = env
        argv = [binary, *args]
        # The app's messages go to a file, so a test can fail on them.
        self.log = tempfile.NamedTemporaryFile(prefix="skin-spots-log-", suffix=".txt")
        self.process = subprocess.Popen(argv, env=env, stderr=self.log)
        self.app = wait_for(lambda: self._find_app(), "the app on the accessibility bus")
        self.frame = wait_for(lambda: self.app.child(roleName="frame", retry=False),
                              "the main window")
        if width and height:
            self.resize(width, height)

    def _find_app(self):
        for app in tree.root.applications():
            try:
                if app.name == "skin-spots" and app.get_process_id() == self.process.pid:
                    return app
            except Exception:
                continue
        return None

    # Finding things --------------------------------------------------------

    def find(self, name=None, role=None, within=None, seconds=10, action=None):
        root = within or self.frame

        def look():
            for node in root.findChildren(
                    lambda n: (name is None or n.name == name) and
                              (role is None or n.roleName == role) and
                              (action is None or action in n.actions) and
                              n.visible, recursive=True):
                return node
            return None
        return wait_for(look, f"{role or 'node'} named {name!r}", seconds)

    def find_all(self, role, within=None):
        root = within or self.frame
        return root.findChildren(lambda n: n.roleName == role and n.visible, recursive=True)

    def labels(self):
        return [n.name for n in self.find_all("label")]

    def has_label(self, text):
        return any(text in name for name in self.labels())

    def has_text(self, text):
        """TEXT is on screen: in a label, or in a text such as an
        article's, read through AT-SPI's Text interface as Orca reads it."""
        if self.has_label(text):
            return True
        for node in self.find_all("text"):
            try:
                if text in node.text:
                    return True
            except Exception:  # a node without the Text interface
                continue
        return False

    def title(self):
        return self.frame.name

    # Doing things ----------------------------------------------------------

    def click(self, name, role="push button"):
        # A menu button is a button inside a button: only the inner clicks.
        node = self.find(name, role, action="click")
        node.doActionNamed("click")
        return node

    def focused(self):
        """The innermost node that has the keyboard focus, or None."""
        nodes = self.app.findChildren(lambda n: n.focused, recursive=True)
        return nodes[-1] if nodes else None

    def move_focus(self, predicate, key="Down", what="the focus", limit=80):
        """Presses KEY until the focused node satisfies PREDICATE. (GTK 4.8
        does not let AT-SPI grab the focus, so we move it as a user would.)"""
        for _ in range(limit):
            node = self.focused()
            if node is not None and predicate(node):
                return node
            rawinput.pressKey(key)
            time.sleep(0.12)
        raise Timeout(f"the keyboard never reached {what}")

    def activate_row(self, name):
        """Opens a row of the list that has the focus: arrows, then Enter."""
        def is_row(node):
            # A row's name may sit on the row or on its content.
            names = [node.name] + [child.name for child in node.children]
            return any(n == name or n.startswith(name + ":") for n in names)
        self.move_focus(is_row, what=f"the row {name!r}")
        rawinput.pressKey("Return")

    def type(self, text):
        rawinput.typeText(text)

    def key(self, combo):
        rawinput.keyCombo(combo)

    def resize(self, width, height):
        # There is no window manager: the window keeps its default size,
        # which the app reads from its settings.
        pass

    def screenshot(self, path):
        """Saves a PNG of the window alone (no desktop around it)."""
        x, y = self.frame.position
        w, h = self.frame.size
        # The pointer would raise a tooltip; park it outside the window.
        rawinput.absoluteMotion(x + w + 50, y + h + 50)
        time.sleep(0.8)
        raw = path + ".raw.png"
        subprocess.run(["import", "-window", "root", raw], check=True)
        subprocess.run(["convert", raw, "-crop", f"{w}x{h}+{x}+{y}", "+repage", path], check=True)
        os.remove(raw)

    def save_pdf_as(self, path):
        """Fills in the "Save as PDF" dialog that is opening, waits for the
        file, and returns its text (pdftotext)."""
        wait_for(lambda: [a for a in self.app.children if a.name == "Save as PDF"],
                 "the save dialog")
        # The file name field has the focus when the dialog opens.
        self.key("<Control>a")
        self.type(path)
        self.key("Return")
        wait_for(lambda: os.path.exists(path) and os.path.getsize(path) > 1000, "the PDF file")
        time.sleep(0.5)
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                              text=True, check=True).stdout

    # GTK 4.8 warns about screen coordinates whenever AT-SPI asks for a
    # position; that is the toolkit's, not ours.
    HARMLESS = ("Screen coordinates not supported",)

    def problems(self):
        """The criticals and warnings the app printed so far."""
        with open(self.log.name, encoding="utf-8", errors="replace") as log:
            text = log.read()
        return [line for line in text.splitlines()
                if ("-CRITICAL **" in line or "-WARNING **" in line)
                and not any(harmless in line for harmless in self.HARMLESS)]

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if self._own_home:
            shutil.rmtree(self.home, ignore_errors=True)
        problems = self.problems()
        self.log.close()
        if problems:
            raise AssertionError("the app printed:\n" + "\n".join(problems))
