# The widgets `kit.widgets` offers, read by editors, type checkers and (through lazy_loader, at
# run time) by kit/widgets/__init__.py: each is imported on first use, so `import kit.widgets`
# does not import ipywidgets. Only relative imports here (lazy_loader's stub format).
from .canvas import CanvasView
from .course import AssignmentCheck, ContinueButton
from .dashboard import ClassDashboard, CoursePicker
from .explorer import SegmentExplorer
from .feedback import FeedbackPanel, ProgressBar
from .forms import AnswerBox, SegmentPatternPicker, StartPanel
from .interviews import ContactPlanner, QuestionEditor
from .log import InterviewLog
from .persona import PersonaCard
from .profile import ProfileBoard
from .resegment import ResegmentView
from .segments import SegmentBuilder
from .synthesis import SynthesisView

__all__ = [
    "AnswerBox",
    "AssignmentCheck",
    "CanvasView",
    "ClassDashboard",
    "ContactPlanner",
    "ContinueButton",
    "CoursePicker",
    "FeedbackPanel",
    "InterviewLog",
    "PersonaCard",
    "ProfileBoard",
    "ProgressBar",
    "QuestionEditor",
    "ResegmentView",
    "SegmentBuilder",
    "SegmentExplorer",
    "SegmentPatternPicker",
    "StartPanel",
    "SynthesisView",
]
