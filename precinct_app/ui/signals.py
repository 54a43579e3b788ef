"""Emitting a Qt signal from Python without wearing out ``True``.

PySide6 6.12.0 returns ``True`` from every Python-side ``SignalInstance.emit()``
without taking a reference to it, so each emit whose result is dropped takes
one reference away from ``True``. After some ten thousand emits (a few hours at
a busy desk: every keystroke in a search box emits) CPython aborts with
"Fatal Python error: bool_dealloc". The pinned PySide6_Pdf exists only for
6.12.0, so instead of downgrading, every emit in the UI goes through
:func:`emit`, which gives the reference back when (and only when) this PySide6
is found to drop it. A test forbids a bare ``.emit(`` in ``precinct_app/ui``.

The same PySide6 also returns ``None`` from every void method (``setText``, ``show``,
``processEvents``...) without a reference: a ballot issued at the desk takes some 170
references from ``None``, which starts with about 40,000, so the app aborted with
"Fatal Python error: none_dealloc" after a few hundred ballots (found by the desk
benchmark). Python 3.12 makes ``None`` immortal; here it gets a reserve of references
as this module is imported (every UI module imports it), when the loss is found.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, cast

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    fired = Signal()


def _emit_drops_a_reference() -> bool:
    """True when this PySide6 loses a reference to ``True`` per emit (6.12.0 does)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):
        _incref(True)  # what the probe itself took away
    return lost >= 8


DROPS_REFERENCE = _emit_drops_a_reference()

# More references than a lifetime of void calls could take (2**40: billions of ballots
# at the desk's rate); a reference count is a Py_ssize_t.
NONE_RESERVE = 1 << 40


def _void_call_drops_none() -> bool:
    """True when this PySide6 loses a reference to ``None`` per void call (6.12.0 does)."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    for _ in range(max(lost, 0)):
        _incref(None)  # what the probe itself took away
    return lost >= 8


def _reserve_none() -> bool:
    """Give ``None`` NONE_RESERVE more references; False where that cannot be done safely.

    Only where the object's first field is its reference count (CPython's release
    builds), checked against ``sys.getrefcount`` before it is written.
    """
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value != sys.getrefcount(None) - 1:  # getrefcount holds one of its own
        return False
    count.value += NONE_RESERVE
    return True


NONE_RESERVED = _void_call_drops_none() and _reserve_none()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, mending PySide6's reference count of the result."""
    # The stubs say emit() returns None; this PySide6 returns True (without a reference).
    result: object = cast(Any, signal).emit(*args)
    if DROPS_REFERENCE and result is True:
        _incref(True)
