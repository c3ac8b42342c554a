#!/usr/bin/python3
"""Saves a copy of a workbook with the password "ropa", through LibreOffice's UNO API (Debian's
python3-uno, run by the system Python). Used by make-fixtures.py: LibreOffice's command line
cannot set a password."""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def main(source, target):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
                               "--accept=socket,host=127.0.0.1,port=2083;urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
        for _ in range(120):
            try:
                context = resolver.resolve("uno:socket,host=127.0.0.1,port=2083;urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "calc8"), prop("Password", "ropa")))
        document.close(True)
    finally:
        office.terminate()
        office.wait(timeout=60)


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]))
