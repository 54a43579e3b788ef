"""The PySide6 shell: screens, item models, dialogs. The only package that imports Qt."""
