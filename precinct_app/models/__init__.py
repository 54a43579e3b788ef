"""SQLAlchemy 2 typed models of the station database."""

from precinct_app.models.audit import AuditEvent, AuditHeadRecord
from precinct_app.models.base import Base
from precinct_app.models.boxes import AbsenteeCertificate, PortableBoxCount
from precinct_app.models.counting import (
    CountStep,
    Protocol,
    ProtocolExplanation,
    ProtocolSignature,
    ProtocolValue,
)
from precinct_app.models.day import (
    Issuance,
    OutsideApplication,
    OutsideTrip,
    PhaseChange,
    Spoilage,
    TurnoutSnapshot,
)
from precinct_app.models.desks import DeskSession, DeskSetting
from precinct_app.models.journal import DisputedBallot, JournalEntry
from precinct_app.models.members import MemberPin
from precinct_app.models.paper import PaperEntry
from precinct_app.models.people import (
    PresenceVisit,
    PresentPerson,
    ProtocolCopy,
    ProtocolPosting,
)
from precinct_app.models.station import CommissionMember, Contest, ContestOption, Station
from precinct_app.models.voter import Voter

__all__ = [
    "AbsenteeCertificate", "AuditEvent", "AuditHeadRecord", "Base", "CommissionMember", "Contest",
    "ContestOption", "CountStep", "DeskSession", "DeskSetting", "DisputedBallot", "Issuance",
    "JournalEntry", "MemberPin", "OutsideApplication", "OutsideTrip", "PaperEntry", "PhaseChange",
    "PortableBoxCount", "PresenceVisit", "PresentPerson", "Protocol", "ProtocolCopy",
    "ProtocolExplanation", "ProtocolPosting", "ProtocolSignature", "ProtocolValue", "Spoilage",
    "Station", "TurnoutSnapshot", "Voter",
]
